using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(40);
        builder.Property(r => r.Title).HasMaxLength(400);
        builder.Property(r => r.Wording).HasMaxLength(4000);
        builder.Property(r => r.Finding).HasMaxLength(8000);
        builder.Property(r => r.SourceSection).HasMaxLength(200);
        builder.Property(r => r.DecisionText).HasMaxLength(4000);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.AmendedWording).HasMaxLength(4000);
        builder.Property(r => r.DecisionAction).HasMaxLength(2000);
        builder.Property(r => r.DecisionReasons).HasMaxLength(4000);
        builder.Property(r => r.LeadCabinetMember).HasMaxLength(200);
        builder.Property(r => r.ClosedByName).HasMaxLength(256);
        builder.HasIndex(r => new { r.DeepDiveSeriesId, r.Reference }).IsUnique();
        builder.HasIndex(r => new { r.AddressedTo, r.Status });
        builder.HasOne(r => r.ScrutinyBoard).WithMany().HasForeignKey(r => r.ScrutinyBoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DeepDiveSeries).WithMany().HasForeignKey(r => r.DeepDiveSeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DeepDiveSession).WithMany().HasForeignKey(r => r.DeepDiveSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Parent).WithMany(r => r.Children).HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ServiceArea).WithMany().HasForeignKey(r => r.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Kpis).WithMany().UsingEntity(j => j.ToTable("RecommendationKpis"));
        builder.Property(r => r.WithdrawnReason).HasMaxLength(2000);
        builder.Property(r => r.WorkProgrammeOutcome).HasMaxLength(4000);
        builder.HasOne(r => r.SessionKpi).WithMany().HasForeignKey(r => r.SessionKpiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Responses).WithOne(x => x.Recommendation).HasForeignKey(x => x.RecommendationId);
        builder.HasMany(r => r.ProgressUpdates).WithOne(x => x.Recommendation).HasForeignKey(x => x.RecommendationId);
    }
}

internal sealed class RecommendationResponseConfiguration : IEntityTypeConfiguration<RecommendationResponse>
{
    public void Configure(EntityTypeBuilder<RecommendationResponse> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(8000);
        builder.Property(r => r.RespondedByName).HasMaxLength(200);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(8000);
        builder.Property(p => p.RecordedById).HasMaxLength(450);
        builder.Property(p => p.RecordedByName).HasMaxLength(256);
        builder.Property(p => p.EvidenceReference).HasMaxLength(1000);
        builder.HasIndex(p => p.KpiId);
        builder.HasOne(p => p.Kpi).WithMany().HasForeignKey(p => p.KpiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ChangedFromPeriod).WithMany().HasForeignKey(p => p.ChangedFromPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
