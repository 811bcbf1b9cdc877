using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.HasIndex(u => u.Code).IsUnique();
        b.HasIndex(u => u.Path);
        b.Property(u => u.Code).HasMaxLength(64);
        b.Property(u => u.Name).HasMaxLength(256);
        b.Property(u => u.Level).HasMaxLength(32);
        b.Property(u => u.Path).HasMaxLength(1024);
        b.Property(u => u.SearchKey).HasMaxLength(400);
        b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(u => u.FormerNames).WithOne().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(u => u.FormerNames).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitNameConfiguration : IEntityTypeConfiguration<UnitName>
{
    public void Configure(EntityTypeBuilder<UnitName> b)
    {
        b.ToTable("UnitNames");
        b.Property(n => n.Name).HasMaxLength(256);
        b.HasIndex(n => new { n.UnitId, n.Until }).IsUnique();
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(128);
        b.Property(u => u.SearchKey).HasMaxLength(700);
        b.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardTypeConfiguration : IEntityTypeConfiguration<AwardType>
{
    public void Configure(EntityTypeBuilder<AwardType> b)
    {
        b.HasIndex(a => a.Code).IsUnique();
        b.Property(a => a.Code).HasMaxLength(32);
        b.Property(a => a.Name).HasMaxLength(256);
        b.Property(a => a.WorkflowKey).HasMaxLength(128);
        b.Property(a => a.IssuerKind).HasMaxLength(32);
        b.Property(a => a.WomenCollectivePercent).HasDefaultValue(TiePreference.DefaultPercent);
        b.Property(a => a.TiePreferenceBasis).HasMaxLength(2000).HasDefaultValue(TiePreference.DefaultBasis);
    }
}

internal sealed class IssuerConfiguration : IEntityTypeConfiguration<Issuer>
{
    public void Configure(EntityTypeBuilder<Issuer> b)
    {
        b.HasIndex(i => i.Code).IsUnique();
        b.HasIndex(i => new { i.Kind, i.UnitId }).IsUnique();
        b.Property(i => i.Code).HasMaxLength(32);
        b.Property(i => i.Kind).HasMaxLength(32);
        b.Property(i => i.Name).HasMaxLength(256);
        b.Property(i => i.ParentAuthority).HasMaxLength(256);
        b.Property(i => i.Place).HasMaxLength(64);
        b.Property(i => i.DecisionSymbol).HasMaxLength(64);
        b.Property(i => i.DeciderTitle).HasMaxLength(128);
        b.Property(i => i.DeciderName).HasMaxLength(128);
        b.Property(i => i.DeputyTitle).HasMaxLength(128);
        b.Property(i => i.Deputies).HasMaxLength(2000);
        b.Property(i => i.SignerRole).HasMaxLength(32);
        b.Property(i => i.LegalBases).HasMaxLength(4000);
        b.Property(i => i.Recipients).HasMaxLength(2000);
        b.Ignore(i => i.DeputyNames);
        b.Ignore(i => i.LegalBasisLines);
        b.Ignore(i => i.RecipientLines);
        b.Ignore(i => i.DeciderFull);
        b.Ignore(i => i.Text);
        b.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> b)
    {
        b.Property(r => r.Name).HasMaxLength(256);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        b.HasOne(r => r.Issuer).WithMany().HasForeignKey(r => r.IssuerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.AwardTypes).WithMany().UsingEntity("RoundAwardTypes");
        b.Navigation(r => r.AwardTypes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Method).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasIndex(n => new { n.UnitId, n.Status });
        // The statistics count by the day a dossier was sent.
        b.HasIndex(n => n.SubmittedAt);
        // The statistics of a unit's subtree over a period: its units' dossiers by date.
        b.HasIndex(n => new { n.UnitId, n.SubmittedAt });
        b.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.AwardType).WithMany().HasForeignKey(n => n.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.Round).WithMany().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Nominees).WithOne().HasForeignKey(x => x.NominationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Attachments).WithOne().HasForeignKey(x => x.NominationId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(n => n.Nominees).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(n => n.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(n => n.KeptNominees);
        b.Ignore(n => n.ActiveNominees);
        b.Ignore(n => n.WaitingNominees);
    }
}

internal sealed class NomineeConfiguration : IEntityTypeConfiguration<Nominee>
{
    public void Configure(EntityTypeBuilder<Nominee> b)
    {
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(n => n.Target).HasConversion<string>().HasMaxLength(24);
        b.Property(n => n.Name).HasMaxLength(256);
        b.Property(n => n.NameKey).HasMaxLength(256);
        b.Property(n => n.CitizenId).HasMaxLength(12);
        b.Property(n => n.FormerCitizenId).HasMaxLength(9);
        b.Ignore(n => n.PersonKey);
        b.Property(n => n.WomenShare).HasPrecision(5, 4);
        b.Property(n => n.PostponeReason).HasMaxLength(2000);
        b.Property(n => n.LeftOutReason).HasMaxLength(2000);
        b.Property(n => n.GroupCode).HasMaxLength(NomineeGroup.MaxCodeLength);
        b.Property(n => n.ServicePeriods).AsJson();
        b.Property(n => n.HonoursHeld).AsJson();
        b.HasIndex(n => n.CitizenId);
        b.HasIndex(n => n.FormerCitizenId);
        b.HasIndex(n => n.NameKey);
        b.HasOne(n => n.Decision).WithMany().HasForeignKey(n => n.DecisionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.FileName).HasMaxLength(256);
        b.Property(a => a.StorageKey).HasMaxLength(128);
        b.Property(a => a.PartCode).HasMaxLength(RequiredPart.MaxCodeLength);
        b.HasOne(a => a.Nominee).WithMany().HasForeignKey(a => a.NomineeId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RequiredPartConfiguration : IEntityTypeConfiguration<RequiredPart>
{
    public void Configure(EntityTypeBuilder<RequiredPart> b)
    {
        b.Property(p => p.Procedure).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Code).HasMaxLength(RequiredPart.MaxCodeLength);
        b.Property(p => p.Name).HasMaxLength(RequiredPart.MaxNameLength);
        b.Property(p => p.Note).HasMaxLength(RequiredPart.MaxNoteLength);
        b.Ignore(p => p.IsRequired);
        b.HasIndex(p => new { p.AwardTypeId, p.Procedure, p.Code }).IsUnique();
        b.HasOne<AwardType>().WithMany().HasForeignKey(p => p.AwardTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        // The issuer's register: a number is used once per issuer and year (a draft has none yet).
        b.HasIndex(d => new { d.IssuerId, d.Year, d.Number }).IsUnique();
        b.HasIndex(d => new { d.RoundId, d.Status });
        // The statistics by decision date.
        b.HasIndex(d => d.IssuedOn);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Symbol).HasMaxLength(64);
        b.Property(d => d.Decider).HasMaxLength(400);
        b.Ignore(d => d.FullNumber);
        b.Ignore(d => d.IsRevoked);
        b.Ignore(d => d.IsSigned);
        b.HasOne(d => d.Issuer).WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.AwardType).WithMany().HasForeignKey(d => d.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Round).WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Awardees).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Awardees).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DecisionAwardeeConfiguration : IEntityTypeConfiguration<DecisionAwardee>
{
    public void Configure(EntityTypeBuilder<DecisionAwardee> b)
    {
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.UnitName).HasMaxLength(256);
        b.Property(a => a.FormerCitizenId).HasMaxLength(9);
        b.HasIndex(a => a.CitizenId);
        b.HasIndex(a => a.FormerCitizenId);
        b.HasIndex(a => a.NominationId);
        b.HasIndex(a => a.NameKey);
    }
}

internal sealed class PastAwardConfiguration : IEntityTypeConfiguration<PastAward>
{
    public void Configure(EntityTypeBuilder<PastAward> b)
    {
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.Target).HasConversion<string>().HasMaxLength(24);
        b.Property(a => a.Method).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.DecisionNumber).HasMaxLength(64);
        b.Property(a => a.IssuerName).HasMaxLength(256);
        b.Property(a => a.Name).HasMaxLength(256);
        b.Property(a => a.NameKey).HasMaxLength(256);
        b.Property(a => a.UnitName).HasMaxLength(256);
        b.Property(a => a.CitizenId).HasMaxLength(12);
        b.Property(a => a.FormerCitizenId).HasMaxLength(9);
        b.Property(a => a.ImportedBy).HasMaxLength(256);
        b.Ignore(a => a.PersonKey);
        b.HasIndex(a => a.CitizenId);
        b.HasIndex(a => a.FormerCitizenId);
        b.HasIndex(a => a.NameKey);
        b.HasIndex(a => a.IssuedOn);
        b.HasIndex(a => a.Batch);
        b.HasOne(a => a.AwardType).WithMany().HasForeignKey(a => a.AwardTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionCounterConfiguration : IEntityTypeConfiguration<DecisionCounter>
{
    public void Configure(EntityTypeBuilder<DecisionCounter> b) => b.HasKey(c => new { c.IssuerId, c.Year });
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b) => b.HasIndex(h => h.Date).IsUnique();
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(m => m.EventKey).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}

internal sealed class WorkflowVersionConfiguration : IEntityTypeConfiguration<WorkflowVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowVersion> b)
    {
        b.HasIndex(v => new { v.Key, v.Version }).IsUnique();
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> b)
    {
        b.Property(i => i.Id).HasMaxLength(64);
        b.Property(i => i.Revision).IsConcurrencyToken();
        b.HasIndex(i => i.NominationId);
        b.HasIndex(i => i.ParentInstanceId);
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.HasIndex(w => new { w.InstanceId, w.EngineTaskId }).IsUnique();
        // The inboxes read open steps only: partial indexes hold the few open ones, not the millions closed over the years.
        b.HasIndex(w => new { w.Role, w.UnitId }, "IX_WorkItems_Open_Role_UnitId").HasFilter("\"ClosedAt\" IS NULL");
        b.HasIndex(w => w.AssignedTo, "IX_WorkItems_Open_AssignedTo").HasFilter("\"ClosedAt\" IS NULL");
        b.HasIndex(w => w.CandidateUsers, "IX_WorkItems_Open_CandidateUsers").HasFilter("\"ClosedAt\" IS NULL AND \"CandidateUsers\" IS NOT NULL");
        // The statistics' step times: the closed steps of the dossiers counted, with what they are timed by (no row read).
        b.HasIndex(w => new { w.NominationId, w.ClosedAt, w.Name, w.OpenedAt }, "IX_WorkItems_NominationId_ClosedAt");
        b.Ignore(w => w.CandidateUserNames);
        b.Ignore(w => w.ClaimedByOther);
        b.HasOne(w => w.Nomination).WithMany().HasForeignKey(w => w.NominationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(w => w.Unit).WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(w => w.IsOpen);
    }
}

internal sealed class SubstitutionConfiguration : IEntityTypeConfiguration<Substitution>
{
    public void Configure(EntityTypeBuilder<Substitution> b)
    {
        b.Property(s => s.Principal).HasMaxLength(256);
        b.Property(s => s.Deputy).HasMaxLength(256);
        b.Property(s => s.Reason).HasMaxLength(2000);
        b.HasIndex(s => new { s.Deputy, s.To });
        b.HasIndex(s => new { s.Principal, s.To });
    }
}

internal sealed class ScheduledTimerConfiguration : IEntityTypeConfiguration<ScheduledTimer>
{
    public void Configure(EntityTypeBuilder<ScheduledTimer> b)
    {
        b.HasIndex(t => new { t.InstanceId, t.EngineTimerId }).IsUnique();
        b.HasIndex(t => t.DueAt);
    }
}

internal sealed class CertificateLayoutSettingConfiguration : IEntityTypeConfiguration<CertificateLayoutSetting>
{
    public void Configure(EntityTypeBuilder<CertificateLayoutSetting> b)
    {
        // One layout per award type, in a table of its own (the single-row table of earlier versions is carried over and dropped).
        b.ToTable("CertificateLayouts");
        b.HasKey(s => s.AwardTypeId);
        b.Property(s => s.AwardTypeId).ValueGeneratedNever();
        b.HasOne<AwardType>().WithOne().HasForeignKey<CertificateLayoutSetting>(s => s.AwardTypeId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.LayoutJson).HasMaxLength(8000);
        b.Property(s => s.ChangedBy).HasMaxLength(256);
        b.Ignore(s => s.IsSaved);
    }
}
