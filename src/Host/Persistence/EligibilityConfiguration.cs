using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

internal sealed class NomineeGroupConfiguration : IEntityTypeConfiguration<NomineeGroup>
{
    public void Configure(EntityTypeBuilder<NomineeGroup> b)
    {
        b.Property(g => g.Code).HasMaxLength(NomineeGroup.MaxCodeLength);
        b.Property(g => g.Name).HasMaxLength(512);
        b.Property(g => g.LegalBasis).HasMaxLength(1000);
        b.HasIndex(g => new { g.AwardTypeId, g.Code }).IsUnique();
        b.HasOne<AwardType>().WithMany().HasForeignKey(g => g.AwardTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EligibilityRuleConfiguration : IEntityTypeConfiguration<EligibilityRule>
{
    public void Configure(EntityTypeBuilder<EligibilityRule> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Matter).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.GroupCode).HasMaxLength(NomineeGroup.MaxCodeLength);
        b.Property(r => r.Title).HasMaxLength(1000);
        b.Property(r => r.Honour).HasMaxLength(256);
        b.Property(r => r.LegalBasis).HasMaxLength(1000);
        b.Property(r => r.SourceNote).HasMaxLength(2000);
        b.HasIndex(r => new { r.AwardTypeId, r.Order });
        b.HasOne<AwardType>().WithMany().HasForeignKey(r => r.AwardTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AreaDesignationConfiguration : IEntityTypeConfiguration<AreaDesignation>
{
    public void Configure(EntityTypeBuilder<AreaDesignation> b)
    {
        b.Property(a => a.Kind).HasMaxLength(256);
        b.Property(a => a.LegalBasis).HasMaxLength(1000);
        b.HasIndex(a => a.UnitId);
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EligibilityConfirmationConfiguration : IEntityTypeConfiguration<EligibilityConfirmation>
{
    public void Configure(EntityTypeBuilder<EligibilityConfirmation> b)
    {
        b.Property(c => c.Reason).HasMaxLength(2000);
        b.Property(c => c.ConfirmedBy).HasMaxLength(256);
        b.HasIndex(c => new { c.NomineeId, c.RuleId }).IsUnique();
        b.HasOne<Nominee>().WithMany().HasForeignKey(c => c.NomineeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EligibilityRule>().WithMany().HasForeignKey(c => c.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A nominee's service periods and honours, kept as JSON text in one column each: they are read and replaced whole.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<T>> AsJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>(),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                    v => v.ToList()))
            .HasDefaultValueSql("'[]'").IsRequired();
}
