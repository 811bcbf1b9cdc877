using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

internal sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> b)
    {
        b.HasIndex(t => t.Key).IsUnique();
        b.Property(t => t.Key).HasMaxLength(64);
        b.Property(t => t.Subject).HasMaxLength(512);
        b.Property(t => t.UpdatedBy).HasMaxLength(256);
    }
}
