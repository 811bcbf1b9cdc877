using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

internal sealed class SignedDecisionCopyConfiguration : IEntityTypeConfiguration<SignedDecisionCopy>
{
    public void Configure(EntityTypeBuilder<SignedDecisionCopy> b)
    {
        b.Property(c => c.FileName).HasMaxLength(256);
        b.Property(c => c.StorageKey).HasMaxLength(128);
        b.Property(c => c.Sha256).HasMaxLength(64);
        b.Property(c => c.UploadedBy).HasMaxLength(256);
        b.HasIndex(c => new { c.DecisionId, c.UploadedAt });
        b.HasOne(c => c.Decision).WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(c => c.HasDigitalSignature);
        b.Ignore(c => c.Valid);
        b.Ignore(c => c.Unchanged);
        b.Ignore(c => c.Trusted);
        b.Ignore(c => c.FirstSignature);
        b.OwnsMany(c => c.Signatures, s =>
        {
            s.ToTable("SignedCopySignatures");
            s.WithOwner().HasForeignKey("SignedDecisionCopyId");
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(x => x.SignerName).HasMaxLength(512);
            s.Property(x => x.Organisation).HasMaxLength(512);
            s.Property(x => x.CertificateSubject).HasMaxLength(2048);
            s.Property(x => x.CertificateIssuer).HasMaxLength(2048);
            s.Property(x => x.CertificateThumbprint).HasMaxLength(128);
            s.Property(x => x.Problem).HasMaxLength(1024);
            s.Property(x => x.TrustNote).HasMaxLength(1024);
        });
        b.Navigation(c => c.Signatures).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
