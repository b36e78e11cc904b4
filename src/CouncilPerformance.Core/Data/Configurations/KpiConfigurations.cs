using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(40);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(400);
        builder.HasIndex(k => k.Name);
        builder.Property(k => k.Definition).HasMaxLength(4000);
        builder.Property(k => k.UnitLabel).HasMaxLength(100);
        builder.Property(k => k.FrequencyNote).HasMaxLength(400);
        builder.Property(k => k.DataSource).HasMaxLength(400);
        builder.Property(k => k.ReplacementReason).HasMaxLength(2000);
        builder.Property(k => k.ReplacedByName).HasMaxLength(200);

        // Restrict deletes: a KPI's plan structure must be moved, not cascaded away with its history.
        builder.HasOne(k => k.Priority).WithMany().HasForeignKey(k => k.PriorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.Portfolio).WithMany().HasForeignKey(k => k.PortfolioId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.SecondaryPortfolio).WithMany().HasForeignKey(k => k.SecondaryPortfolioId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.ServiceArea).WithMany().HasForeignKey(k => k.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.ScrutinyBoard).WithMany().HasForeignKey(k => k.ScrutinyBoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.ReplacedByKpi).WithMany().HasForeignKey(k => k.ReplacedByKpiId).OnDelete(DeleteBehavior.Restrict);
        // Adding or removing a KPI's strategy is a plan change: audited, naming the KPI and the strategy.
        builder.HasMany(k => k.Strategies).WithMany(s => s.Kpis).UsingEntity(j => j.ToTable("KpiStrategies").HasAnnotation(AuditAnnotations.AuditedAs, "KpiStrategy"));
        builder.IsNamedInAuditBy("Kpi", nameof(Kpi.Code));
        builder.HasMany(k => k.Conflicts).WithOne(c => c.Kpi).HasForeignKey(c => c.KpiId);
        builder.HasMany(k => k.DefinitionChanges).WithOne(c => c.Kpi).HasForeignKey(c => c.KpiId);
        builder.HasMany(k => k.Dimensions).WithOne(d => d.Kpi).HasForeignKey(d => d.KpiId);
        builder.HasIndex(k => new { k.Status, k.PriorityId });
        builder.HasIndex(k => k.ServiceAreaId);
    }
}

internal sealed class KpiConflictConfiguration : IEntityTypeConfiguration<KpiConflict>
{
    public void Configure(EntityTypeBuilder<KpiConflict> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasOne(c => c.ConflictingKpi).WithMany().HasForeignKey(c => c.ConflictingKpiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.KpiId, c.ConflictingKpiId }).IsUnique();
    }
}

internal sealed class KpiDefinitionChangeConfiguration : IEntityTypeConfiguration<KpiDefinitionChange>
{
    public void Configure(EntityTypeBuilder<KpiDefinitionChange> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.PreviousDefinition).HasMaxLength(4000);
        builder.Property(c => c.NewDefinition).HasMaxLength(4000);
        builder.Property(c => c.PreviousName).HasMaxLength(400);
        builder.Property(c => c.RecordedByName).HasMaxLength(200);
        builder.HasIndex(c => new { c.KpiId, c.EffectiveFromPeriodId }).IsUnique();
        builder.HasOne(c => c.EffectiveFromPeriod).WithMany().HasForeignKey(c => c.EffectiveFromPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BreakdownDimensionConfiguration : IEntityTypeConfiguration<BreakdownDimension>
{
    public void Configure(EntityTypeBuilder<BreakdownDimension> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => new { d.KpiId, d.Name }).IsUnique();
        builder.HasMany(d => d.Categories).WithOne(c => c.Dimension).HasForeignKey(c => c.DimensionId);
    }
}

internal sealed class BreakdownCategoryConfiguration : IEntityTypeConfiguration<BreakdownCategory>
{
    public void Configure(EntityTypeBuilder<BreakdownCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => new { c.DimensionId, c.Name }).IsUnique();
    }
}
