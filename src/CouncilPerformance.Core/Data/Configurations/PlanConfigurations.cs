using CouncilPerformance.Core.Auditing;
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
        builder.HasMany(p => p.Holders).WithOne(h => h.Portfolio).HasForeignKey(h => h.PortfolioId);
    }
}

internal sealed class PortfolioHolderConfiguration : IEntityTypeConfiguration<PortfolioHolder>
{
    public void Configure(EntityTypeBuilder<PortfolioHolder> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.HasIndex(h => new { h.PortfolioId, h.HeldFrom }).IsUnique();
    }
}

internal sealed class ScrutinyBoardMemberConfiguration : IEntityTypeConfiguration<ScrutinyBoardMember>
{
    public void Configure(EntityTypeBuilder<ScrutinyBoardMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => new { m.ScrutinyBoardId, m.Name });
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
        builder.HasMany(b => b.Members).WithOne(m => m.ScrutinyBoard).HasForeignKey(m => m.ScrutinyBoardId);
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
        builder.IsNamedInAuditBy("Strategy", nameof(CouncilStrategy.Name));
    }
}
