using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilPerformance.Core.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne(u => u.ServiceArea).WithMany().HasForeignKey(u => u.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.ScrutinyBoard).WithMany().HasForeignKey(u => u.ScrutinyBoardId).OnDelete(DeleteBehavior.Restrict);

        // Secrets, and counters that change at every failed sign-in, stay out of the audit log.
        builder.Property(u => u.PasswordHash).IsNotAudited();
        builder.Property(u => u.SecurityStamp).IsNotAudited();
        builder.Property(u => u.ConcurrencyStamp).IsNotAudited();
        builder.Property(u => u.AccessFailedCount).IsNotAudited();
        builder.IsNamedInAuditBy("User", nameof(ApplicationUser.Email));
    }
}

/// <summary>A role is named in the audit of who holds it.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.IsNamedInAuditBy("Role", nameof(IdentityRole.Name));
}

/// <summary>Who holds which role: every grant and removal is in the audit log.</summary>
internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) =>
        builder.HasAnnotation(AuditAnnotations.AuditedAs, "UserRole");
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(20);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
