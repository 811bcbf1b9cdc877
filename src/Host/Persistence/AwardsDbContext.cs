using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ToanDan.Awards.Host.Domain;

namespace ToanDan.Awards.Host.Persistence;

/// <summary>The application's database. Each provider has a subclass only so that each keeps its own migrations.</summary>
public abstract class AwardsDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitName> UnitNames => Set<UnitName>();
    public DbSet<AwardType> AwardTypes => Set<AwardType>();
    public DbSet<Issuer> Issuers => Set<Issuer>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<RoundFeedback> RoundFeedback => Set<RoundFeedback>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<Nominee> Nominees => Set<Nominee>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<RequiredPart> RequiredParts => Set<RequiredPart>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<DecisionAwardee> DecisionAwardees => Set<DecisionAwardee>();
    public DbSet<DecisionCounter> DecisionCounters => Set<DecisionCounter>();
    public DbSet<PastAward> PastAwards => Set<PastAward>();
    public DbSet<SignedDecisionCopy> SignedDecisionCopies => Set<SignedDecisionCopy>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<EmailTemplate> EmailTemplates => Set<EmailTemplate>();
    public DbSet<WorkflowVersion> WorkflowVersions => Set<WorkflowVersion>();
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<ScheduledTimer> ScheduledTimers => Set<ScheduledTimer>();
    public DbSet<Substitution> Substitutions => Set<Substitution>();
    public DbSet<NomineeGroup> NomineeGroups => Set<NomineeGroup>();
    public DbSet<EligibilityRule> EligibilityRules => Set<EligibilityRule>();
    public DbSet<AreaDesignation> AreaDesignations => Set<AreaDesignation>();
    public DbSet<EligibilityConfirmation> EligibilityConfirmations => Set<EligibilityConfirmation>();
    public DbSet<CertificateLayoutSetting> CertificateLayoutSettings => Set<CertificateLayoutSetting>();
    public DbSet<ReportColumn> ReportColumns => Set<ReportColumn>();
    public DbSet<EmulationMovement> EmulationMovements => Set<EmulationMovement>();
    public DbSet<DossierTally> DossierTallies => Set<DossierTally>();
    public DbSet<StepTimeTally> StepTimeTallies => Set<StepTimeTally>();
    public DbSet<UnitTally> UnitTallies => Set<UnitTally>();
    public DbSet<UncountedDossier> UncountedDossiers => Set<UncountedDossier>();

    /// <summary>The Data Protection key ring, shared by every host on this database (<see cref="Infrastructure.SharedKeyRing"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Set for a command whose reads run before it takes the writer's turn (<see cref="Infrastructure.IReadsBeforeWriting"/>):
    /// its transaction begins at its first write (a save, or <see cref="TakeWriteTurnAsync"/>), so on SQLite the other
    /// writers wait only for its writes, not for its reads, its engine work and its JSON.
    /// </summary>
    public bool WritesDeferred { get; set; }

    /// <summary>
    /// Begins the deferred transaction now, if there is one to begin: before a statement that must see the database as
    /// it is while no one else writes (a counter, a check that the next write relies on) or that writes by itself.
    /// </summary>
    public async Task TakeWriteTurnAsync(CancellationToken ct)
    {
        if (!WritesDeferred || Database.CurrentTransaction is not null) return;
        await Database.BeginTransactionAsync(ct);
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>
    /// Every save that moves a counted fact marks the touched dossiers to be counted again in the statistics store
    /// (<see cref="StatisticsStore"/>), in the same transaction: the mark is never lost, and the counting itself runs
    /// later, in batches (<see cref="StatisticsWorker"/>), so that a step holds SQLite's one writer's turn only for its own writes.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // One scan of the tracked entities for what changed, read by the store and by the save alike (each would scan again),
        // made before the writer's turn: it reads nothing but memory.
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var touched = StatisticsStore.Collect(ChangeTracker);
            await TakeWriteTurnAsync(cancellationToken);
            if (!touched.Any) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (Database.CurrentTransaction is not null)
            {
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await StatisticsStore.MarkAsync(this, touched, cancellationToken);
                return saved;
            }
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await StatisticsStore.MarkAsync(this, touched, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // The store is marked by async statements only: the synchronous save takes the same path.
        return SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or sort DateTimeOffset; store UTC ticks, which sort correctly on every provider.
        if (Database.IsSqlite())
            builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AwardsDbContext).Assembly);
        VietnamDays.Register(builder, Database.IsSqlite());
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

public sealed class SqliteAwardsDbContext(DbContextOptions<SqliteAwardsDbContext> options) : AwardsDbContext(options);

public sealed class PostgresAwardsDbContext(DbContextOptions<PostgresAwardsDbContext> options) : AwardsDbContext(options);
