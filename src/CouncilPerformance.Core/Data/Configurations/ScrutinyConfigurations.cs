using CouncilPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class DeepDiveSeriesConfiguration : IEntityTypeConfiguration<DeepDiveSeries>
{
    public void Configure(EntityTypeBuilder<DeepDiveSeries> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(400);
        builder.Property(s => s.Summary).HasMaxLength(8000);
        builder.HasOne(s => s.ScrutinyBoard).WithMany().HasForeignKey(s => s.ScrutinyBoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.ReportingPeriod).WithMany().HasForeignKey(s => s.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Sessions).WithOne(s => s.Series).HasForeignKey(s => s.SeriesId);
    }
}

internal sealed class DeepDiveSessionConfiguration : IEntityTypeConfiguration<DeepDiveSession>
{
    public void Configure(EntityTypeBuilder<DeepDiveSession> builder)
    {
        builder.Property(s => s.Scope).HasMaxLength(2000);
        builder.Property(s => s.Notes).HasMaxLength(16000);
        builder.HasIndex(s => new { s.SeriesId, s.Number }).IsUnique();
        builder.HasMany(s => s.Portfolios).WithMany().UsingEntity(j => j.ToTable("DeepDiveSessionPortfolios"));
        builder.HasMany(s => s.Kpis).WithOne(k => k.Session).HasForeignKey(k => k.SessionId);
        builder.HasMany(s => s.Attendees).WithOne(a => a.Session).HasForeignKey(a => a.SessionId);
    }
}

internal sealed class SessionKpiConfiguration : IEntityTypeConfiguration<SessionKpi>
{
    public void Configure(EntityTypeBuilder<SessionKpi> builder)
    {
        builder.Property(k => k.Finding).HasMaxLength(8000);
        builder.HasOne(k => k.Kpi).WithMany().HasForeignKey(k => k.KpiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => new { k.SessionId, k.KpiId }).IsUnique();
    }
}

internal sealed class SessionAttendeeConfiguration : IEntityTypeConfiguration<SessionAttendee>
{
    public void Configure(EntityTypeBuilder<SessionAttendee> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(400);
    }
}

internal sealed class BoardReviewConfiguration : IEntityTypeConfiguration<BoardReview>
{
    public void Configure(EntityTypeBuilder<BoardReview> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(8000);
        builder.Property(r => r.Requests).HasMaxLength(4000);
        builder.HasMany(r => r.Kpis).WithOne(k => k.BoardReview).HasForeignKey(k => k.BoardReviewId);
        builder.HasOne(r => r.ScrutinyBoard).WithMany().HasForeignKey(r => r.ScrutinyBoardId);
        builder.HasOne(r => r.ReportingPeriod).WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ScrutinyBoardId, r.ReportingPeriodId }).IsUnique();
    }
}

internal sealed class BoardReviewKpiConfiguration : IEntityTypeConfiguration<BoardReviewKpi>
{
    public void Configure(EntityTypeBuilder<BoardReviewKpi> builder)
    {
        builder.ToTable("BoardReviewKpis");
        builder.Property(k => k.Comment).HasMaxLength(4000);
        builder.HasOne(k => k.Kpi).WithMany().HasForeignKey(k => k.KpiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => new { k.BoardReviewId, k.KpiId }).IsUnique();
    }
}
