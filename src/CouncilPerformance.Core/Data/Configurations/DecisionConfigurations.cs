using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.ReportBack;
using CouncilPerformance.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class RecommendationDecisionConfiguration : IEntityTypeConfiguration<RecommendationDecision>
{
    public void Configure(EntityTypeBuilder<RecommendationDecision> builder)
    {
        builder.Property(d => d.DecisionText).HasMaxLength(4000);
        builder.Property(d => d.AmendedWording).HasMaxLength(4000);
        builder.Property(d => d.Action).HasMaxLength(2000);
        builder.Property(d => d.Reasons).HasMaxLength(4000);
        builder.Property(d => d.LeadCabinetMember).HasMaxLength(200);
        builder.Property(d => d.CorrectionReason).HasMaxLength(2000);
        builder.Property(d => d.RecordedById).HasMaxLength(450);
        builder.Property(d => d.RecordedByName).HasMaxLength(256);
        builder.HasOne(d => d.Recommendation).WithMany(r => r.Decisions).HasForeignKey(d => d.RecommendationId);
        builder.HasOne(d => d.ServiceArea).WithMany().HasForeignKey(d => d.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommitteeViewConfiguration : IEntityTypeConfiguration<CommitteeView>
{
    public void Configure(EntityTypeBuilder<CommitteeView> builder)
    {
        builder.Property(v => v.Note).HasMaxLength(4000);
        builder.Property(v => v.RecordedById).HasMaxLength(450);
        builder.Property(v => v.RecordedByName).HasMaxLength(256);
        builder.HasOne(v => v.Recommendation).WithMany(r => r.CommitteeViews).HasForeignKey(v => v.RecommendationId);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.Subject).HasMaxLength(300);
        builder.Property(r => r.Body).HasMaxLength(4000);
        builder.Property(r => r.Link).HasMaxLength(300);
        builder.Property(r => r.EmailError).HasMaxLength(1000);
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        builder.HasIndex(r => r.EmailedAt);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
