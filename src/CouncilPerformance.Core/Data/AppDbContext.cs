using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Data;

/// <summary>
/// The app's database. It also holds the data-protection key ring, so every app instance signs
/// cookies with the same keys (<see cref="IDataProtectionKeyContext"/>).
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Who the changes saved through this context are audited as, when the factory that handed it out
    /// knows (the web app's contexts come from a pool and serve one person after another, so the
    /// person travels with the context, not with the audit interceptor); null for the interceptor's own.
    /// </summary>
    public ICurrentUser? SavedBy { get; set; }

    public DbSet<CouncilPlan> CouncilPlans => Set<CouncilPlan>();
    public DbSet<Priority> Priorities => Set<Priority>();
    public DbSet<Portfolio> Portfolios => Set<Portfolio>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<ScrutinyBoard> ScrutinyBoards => Set<ScrutinyBoard>();
    public DbSet<CouncilStrategy> Strategies => Set<CouncilStrategy>();
    public DbSet<PortfolioHolder> PortfolioHolders => Set<PortfolioHolder>();
    public DbSet<ScrutinyBoardMember> ScrutinyBoardMembers => Set<ScrutinyBoardMember>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<KpiConflict> KpiConflicts => Set<KpiConflict>();
    public DbSet<KpiDefinitionChange> KpiDefinitionChanges => Set<KpiDefinitionChange>();
    public DbSet<BreakdownDimension> BreakdownDimensions => Set<BreakdownDimension>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<Result> Results => Set<Result>();
    public DbSet<ResultVersion> ResultVersions => Set<ResultVersion>();
    public DbSet<DeepDiveSeries> DeepDiveSeries => Set<DeepDiveSeries>();
    public DbSet<DeepDiveSession> DeepDiveSessions => Set<DeepDiveSession>();
    public DbSet<BoardReview> BoardReviews => Set<BoardReview>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Decisions.RecommendationDecision> RecommendationDecisions => Set<Decisions.RecommendationDecision>();
    public DbSet<ReportBack.CommitteeView> CommitteeViews => Set<ReportBack.CommitteeView>();
    public DbSet<Reminders.Reminder> Reminders => Set<Reminders.Reminder>();
    public DbSet<Reminders.JobLease> JobLeases => Set<Reminders.JobLease>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as readable strings; decimals with one precision on both providers.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The original Version is what the editor loaded; the UPDATE's WHERE checks it, so a stale
    // edit affects no row and EF raises DbUpdateConcurrencyException.
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = Guid.NewGuid();
        }
    }
}
