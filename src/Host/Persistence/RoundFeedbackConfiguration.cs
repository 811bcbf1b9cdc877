using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

internal sealed class RoundFeedbackConfiguration : IEntityTypeConfiguration<RoundFeedback>
{
    public void Configure(EntityTypeBuilder<RoundFeedback> b)
    {
        b.ToTable("RoundFeedback");
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Name).HasMaxLength(RoundFeedback.MaxNameLength);
        b.Property(f => f.Contact).HasMaxLength(RoundFeedback.MaxContactLength);
        b.Property(f => f.Content).HasMaxLength(RoundFeedback.MaxContentLength);
        b.Property(f => f.NomineeName).HasMaxLength(256);
        b.Property(f => f.AddressHash).HasMaxLength(64);
        b.HasIndex(f => new { f.RoundId, f.ReceivedAt });
        b.HasIndex(f => f.NomineeId);
        b.HasOne<Round>().WithMany().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Nominee>().WithMany().HasForeignKey(f => f.NomineeId).OnDelete(DeleteBehavior.SetNull);
    }
}
