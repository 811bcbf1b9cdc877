using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

internal sealed class ReportColumnConfiguration : IEntityTypeConfiguration<ReportColumn>
{
    public void Configure(EntityTypeBuilder<ReportColumn> b)
    {
        b.Property(c => c.FormKey).HasMaxLength(8);
        b.Property(c => c.Basis).HasMaxLength(1000);
        b.HasIndex(c => new { c.FormKey, c.AwardTypeId }).IsUnique();
        b.HasOne(c => c.AwardType).WithMany().HasForeignKey(c => c.AwardTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmulationMovementConfiguration : IEntityTypeConfiguration<EmulationMovement>
{
    public void Configure(EntityTypeBuilder<EmulationMovement> b)
    {
        b.Property(m => m.Name).HasMaxLength(512);
        b.Property(m => m.LaunchedBy).HasMaxLength(256);
        b.Property(m => m.CreatedBy).HasMaxLength(256);
        b.Property(m => m.Level).HasConversion<string>().HasMaxLength(24);
        b.Property(m => m.Scope).HasConversion<string>().HasMaxLength(24);
        b.Property(m => m.Method).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(m => new { m.IssuerId, m.StartsOn });
        b.HasOne(m => m.Issuer).WithMany().HasForeignKey(m => m.IssuerId).OnDelete(DeleteBehavior.Restrict);
    }
}
