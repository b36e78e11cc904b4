using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.Property(p => p.Label).HasMaxLength(20);
        builder.HasIndex(p => p.StartYear).IsUnique();
        builder.HasIndex(p => p.Label).IsUnique();
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.HasOne(t => t.Kpi).WithMany(k => k.Targets).HasForeignKey(t => t.KpiId);
        builder.HasOne(t => t.ReportingPeriod).WithMany().HasForeignKey(t => t.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.KpiId, t.ReportingPeriodId }).IsUnique();
    }
}

internal sealed class ResultConfiguration : IEntityTypeConfiguration<Result>
{
    public void Configure(EntityTypeBuilder<Result> builder)
    {
        builder.Property(r => r.PeriodNote).HasMaxLength(200);
        builder.Property(r => r.NotAvailableReason).HasMaxLength(2000);
        builder.Property(r => r.Commentary).HasMaxLength(8000);
        builder.Property(r => r.ReturnComment).HasMaxLength(2000);
        builder.Property(r => r.EnteredById).HasMaxLength(450);
        builder.Property(r => r.EnteredByName).HasMaxLength(256);
        builder.Property(r => r.ApprovedById).HasMaxLength(450);
        builder.Property(r => r.ApprovedByName).HasMaxLength(256);
        builder.Property(r => r.SourceNote).HasMaxLength(400);
        builder.HasOne(r => r.Kpi).WithMany(k => k.Results).HasForeignKey(r => r.KpiId);
        builder.HasOne(r => r.ReportingPeriod).WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.KpiId, r.ReportingPeriodId }).IsUnique();
        builder.HasIndex(r => new { r.ReportingPeriodId, r.State });
        builder.HasMany(r => r.Comparators).WithOne(c => c.Result).HasForeignKey(c => c.ResultId);
        builder.HasMany(r => r.Breakdowns).WithOne(b => b.Result).HasForeignKey(b => b.ResultId);
        builder.HasMany(r => r.Versions).WithOne(v => v.Result).HasForeignKey(v => v.ResultId);
    }
}

internal sealed class ComparatorValueConfiguration : IEntityTypeConfiguration<ComparatorValue>
{
    public void Configure(EntityTypeBuilder<ComparatorValue> builder) =>
        builder.HasIndex(c => new { c.ResultId, c.Comparator }).IsUnique();
}

internal sealed class BreakdownValueConfiguration : IEntityTypeConfiguration<BreakdownValue>
{
    public void Configure(EntityTypeBuilder<BreakdownValue> builder)
    {
        builder.HasOne(b => b.Category).WithMany().HasForeignKey(b => b.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.ResultId, b.CategoryId }).IsUnique();
    }
}

internal sealed class ResultVersionConfiguration : IEntityTypeConfiguration<ResultVersion>
{
    public void Configure(EntityTypeBuilder<ResultVersion> builder)
    {
        builder.Property(v => v.Commentary).HasMaxLength(8000);
        builder.Property(v => v.NotAvailableReason).HasMaxLength(2000);
        builder.Property(v => v.PeriodNote).HasMaxLength(200);
        builder.Property(v => v.DetailsJson).HasMaxLength(8000);
        builder.Property(v => v.ChangedById).HasMaxLength(450);
        builder.Property(v => v.ChangedByName).HasMaxLength(256);
        builder.Property(v => v.Reason).HasMaxLength(2000);
        builder.HasIndex(v => new { v.ResultId, v.VersionNumber }).IsUnique();
    }
}
