using CouncilPerformance.Core.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Identity;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? ServiceArea, bool LockedOut);

/// <summary>The performance team's list of accounts. There is no self-registration: accounts are made here.</summary>
public sealed class UserDirectory(IDbContextFactory<AppDbContext> dbFactory, UserManager<ApplicationUser> users, TimeProvider clock)
{
    private readonly NewUserValidator _validator = new();

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, ServiceArea = u.ServiceArea!.Name, u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName, u.Roles, u.ServiceArea, u.LockoutEnd > now)).ToList();
    }

    /// <summary>Creates the account, or returns the problems (by field) and creates nothing.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> CreateAsync(NewUser input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validation = await _validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return new Dictionary<string, string[]>(validation.ToDictionary());
        }

        if (await users.FindByEmailAsync(input.Email) is not null)
        {
            return new Dictionary<string, string[]> { [nameof(NewUser.Email)] = ["There is already an account with this e-mail address"] };
        }

        var user = new ApplicationUser
        {
            UserName = input.Email,
            Email = input.Email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            ServiceAreaId = input.Role == Roles.Officer ? input.ServiceAreaId : null,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return new Dictionary<string, string[]> { [nameof(NewUser.Password)] = created.Errors.Select(e => e.Description).ToArray() };
        }

        var added = await users.AddToRoleAsync(user, input.Role);
        if (!added.Succeeded)
        {
            // Do not leave an account without a role behind.
            await users.DeleteAsync(user);
            return new Dictionary<string, string[]> { [nameof(NewUser.Role)] = added.Errors.Select(e => e.Description).ToArray() };
        }

        return new Dictionary<string, string[]>();
    }
}
