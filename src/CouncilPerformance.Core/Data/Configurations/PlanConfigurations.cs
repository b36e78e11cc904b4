using CouncilPerformance.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class CouncilPlanConfiguration : IEntityTypeConfiguration<CouncilPlan>
{
    public void Configure(EntityTypeBuilder<CouncilPlan> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Vision).HasMaxLength(2000);
        builder.HasMany(p => p.Priorities).WithOne(p => p.CouncilPlan).HasForeignKey(p => p.CouncilPlanId);
    }
}

internal sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasIndex(p => new { p.CouncilPlanId, p.Name }).IsUnique();
    }
}

internal sealed class PortfolioConfiguration : IEntityTypeConfiguration<Portfolio>
{
    public void Configure(EntityTypeBuilder<Portfolio> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.CabinetMember).HasMaxLength(200);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}

internal sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Directorate).HasMaxLength(200);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

internal sealed class ScrutinyBoardConfiguration : IEntityTypeConfiguration<ScrutinyBoard>
{
    public void Configure(EntityTypeBuilder<ScrutinyBoard> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.ShortName).HasMaxLength(40);
        builder.Property(b => b.Remit).HasMaxLength(4000);
        builder.HasIndex(b => b.Name).IsUnique();
        builder.Ignore(b => b.DisplayName);
    }
}

internal sealed class CouncilStrategyConfiguration : IEntityTypeConfiguration<CouncilStrategy>
{
    public void Configure(EntityTypeBuilder<CouncilStrategy> builder)
    {
        builder.ToTable("Strategies");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
