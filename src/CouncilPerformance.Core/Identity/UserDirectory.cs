using CouncilPerformance.Core.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

// One file: the list and every change to an account share Identity's store and its concurrency stamp, so the rules
// for who may change what sit beside the one list that shows them.

namespace CouncilPerformance.Core.Identity;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? ServiceArea, bool LockedOut)
{
    public string? ScrutinyBoard { get; init; }

    public bool IsDisabled { get; init; }

    public bool MustChangePassword { get; init; }

    public bool TwoFactorEnabled { get; init; }
}

/// <summary>One page of accounts and how many match in all.</summary>
public sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total);

/// <summary>
/// The performance team's list of accounts. There is no self-registration: accounts are made here.
/// The changes check that the actor is an administrator and that the account is the version they
/// saw (Identity's concurrency stamp); each is one save, audited with its before and after.
/// </summary>
public sealed class UserDirectory(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    AppDbContext storeContext,
    TimeProvider clock,
    IEnumerable<ISignInFailureCounter> signInFailures)
{
    private readonly NewUserValidator _validator = new();
    private readonly UserEditValidator _editValidator = new();

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = new List<UserRow>();
        await foreach (var line in _page(db, null, 0, int.MaxValue).WithCancellation(cancellationToken))
        {
            rows.Add(line.ToRow(now));
        }

        return rows;
    }

    /// <summary>
    /// One page of accounts by e-mail address, those whose name or address contains
    /// <paramref name="search"/> when given: counted, filtered and paged in the database (two commands).
    /// </summary>
    public async Task<UserPage> ListPageAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var like = string.IsNullOrWhiteSpace(search) ? null : $"%{search.Trim()}%";
        var total = await _count(db, like, cancellationToken);
        var now = clock.GetUtcNow();
        var rows = new List<UserRow>(pageSize);
        await foreach (var line in _page(db, like, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            rows.Add(line.ToRow(now));
        }

        return new UserPage(rows, total);
    }

    // The list page's two commands, compiled: the same on every view, so EF need not take their expressions apart each
    // time. No search is a null parameter, whose condition EF leaves out of the SQL.
    private static readonly Func<AppDbContext, string?, CancellationToken, Task<int>> _count =
        EF.CompileAsyncQuery((AppDbContext db, string? like, CancellationToken _) =>
            db.Users.Count(u => like == null || EF.Functions.Like(u.DisplayName, like) || EF.Functions.Like(u.Email!, like)));

    private static readonly Func<AppDbContext, string?, int, int, IAsyncEnumerable<AccountLine>> _page =
        EF.CompileAsyncQuery((AppDbContext db, string? like, int skip, int take) =>
            db.Users.AsNoTracking()
                .Where(u => like == null || EF.Functions.Like(u.DisplayName, like) || EF.Functions.Like(u.Email!, like))
                .OrderBy(u => u.Email).ThenBy(u => u.Id)
                .Skip(skip).Take(take)
                .Select(u => new AccountLine(
                    u.Id, u.Email, u.DisplayName, u.ServiceArea!.Name, u.LockoutEnd,
                    u.ScrutinyBoard!.Name, (int?)u.ScrutinyBoard!.Number,
                    u.IsDisabled, u.MustChangePassword, u.TwoFactorEnabled,
                    db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList())));

    // An account as the lists read it, before the lockout is judged against the time of the view.
    private sealed record AccountLine(string Id, string? Email, string DisplayName, string? ServiceArea, DateTimeOffset? LockoutEnd,
        string? BoardName, int? BoardNumber, bool IsDisabled, bool MustChangePassword, bool TwoFactorEnabled, List<string> Roles)
    {
        public UserRow ToRow(DateTimeOffset now) => new(Id, Email ?? "", DisplayName, Roles, ServiceArea, LockoutEnd > now)
        {
            ScrutinyBoard = BoardName is null ? null : Plan.ScrutinyBoard.FormatName(BoardName, BoardNumber),
            IsDisabled = IsDisabled,
            MustChangePassword = MustChangePassword,
            TwoFactorEnabled = TwoFactorEnabled,
        };
    }

    /// <summary>The service areas an officer's account can belong to, by name (one command).</summary>
    public async Task<IReadOnlyList<Kpis.NamedItem>> ServiceAreasAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new Kpis.NamedItem(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>One account for the edit page, or null when there is none with this id.</summary>
    public async Task<UserDetails?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var role = await db.UserRoles.Where(ur => ur.UserId == id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .OrderBy(n => n)
            .FirstOrDefaultAsync(cancellationToken);
        return new UserDetails(user.Id, user.Email ?? "", user.DisplayName, role, user.ServiceAreaId, user.ScrutinyBoardId,
            user.IsDisabled, user.LockoutEnd > now ? user.LockoutEnd : null, user.MustChangePassword, user.TwoFactorEnabled,
            user.ConcurrencyStamp ?? "");
    }

    /// <summary>Changes the name, role, service area and scrutiny board, all or nothing.</summary>
    public async Task<AccountOutcome> UpdateAsync(Actor actor, UserEdit input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validation = await _editValidator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return AccountOutcome.Invalid(validation.Errors.Select(e => new Results.FieldError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        return await ChangeAsync(actor, input.Id, input.ConcurrencyStamp, async user =>
        {
            if (user.Id == actor.UserId && input.Role != Roles.Administrator)
            {
                return AccountOutcome.Invalid(nameof(UserEdit.Role), "You cannot take the administrator role away from your own account; ask another administrator.");
            }

            await using var transaction = await storeContext.Database.BeginTransactionAsync(cancellationToken);
            user.DisplayName = input.DisplayName.Trim();
            user.ServiceAreaId = input.Role == Roles.Officer ? input.ServiceAreaId : null;
            user.ScrutinyBoardId = input.Role == Roles.Scrutiny ? input.ScrutinyBoardId : null;

            var current = await users.GetRolesAsync(user);
            var removed = current.Where(r => r != input.Role).ToList();
            if (removed.Count > 0 && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } r1)
            {
                return Failed(r1);
            }

            if (!current.Contains(input.Role) && await users.AddToRoleAsync(user, input.Role) is { Succeeded: false } r2)
            {
                return Failed(r2);
            }

            // A new role or area changes what the person may do: their open sessions start again.
            var result = removed.Count > 0 || !current.Contains(input.Role)
                ? await users.UpdateSecurityStampAsync(user)
                : await users.UpdateAsync(user);
            if (!result.Succeeded)
            {
                return Failed(result);
            }

            await transaction.CommitAsync(cancellationToken);
            return AccountOutcome.Saved(user.ConcurrencyStamp ?? "");
        }, cancellationToken);
    }

    /// <summary>Disables or re-enables the account. Disabling ends the person's open sessions.</summary>
    public Task<AccountOutcome> SetDisabledAsync(Actor actor, string id, string concurrencyStamp, bool disabled, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, concurrencyStamp, async user =>
        {
            if (disabled && user.Id == actor.UserId)
            {
                return AccountOutcome.Refused("You cannot disable your own account.");
            }

            user.IsDisabled = disabled;
            var result = disabled ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
            return result.Succeeded ? AccountOutcome.Saved(user.ConcurrencyStamp ?? "") : Failed(result);
        }, cancellationToken);

    /// <summary>Ends a lockout and clears the failed sign-in count, so the person can sign in again at once.</summary>
    public Task<AccountOutcome> UnlockAsync(Actor actor, string id, string concurrencyStamp, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, concurrencyStamp, async user =>
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            var result = await users.UpdateAsync(user);
            if (!result.Succeeded)
            {
                return Failed(result);
            }

            foreach (var counter in signInFailures)
            {
                counter.Forget(user.Email ?? "");
            }

            return AccountOutcome.Saved(user.ConcurrencyStamp ?? "");
        }, cancellationToken);

    /// <summary>
    /// Replaces the password with one the administrator gives the person separately. The person must
    /// change it at their next sign-in, and any session they have open ends.
    /// </summary>
    public Task<AccountOutcome> SetTemporaryPasswordAsync(Actor actor, string id, string concurrencyStamp, string password, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, concurrencyStamp, async user =>
        {
            if (string.IsNullOrEmpty(password))
            {
                return AccountOutcome.Invalid("Password", "Enter a temporary password");
            }

            var problems = new List<Results.FieldError>();
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, user, password);
                problems.AddRange(check.Errors.Select(e => new Results.FieldError("Password", e.Description)));
            }

            if (problems.Count > 0)
            {
                return AccountOutcome.Invalid(problems);
            }

            // One save: the hash, the flag and a new security stamp (which signs the person out everywhere).
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            user.MustChangePassword = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            var result = await users.UpdateSecurityStampAsync(user);
            return result.Succeeded ? AccountOutcome.Saved(user.ConcurrencyStamp ?? "") : Failed(result);
        }, cancellationToken);

    // The Identity store shares this circuit's context; clearing it first means each change starts
    // from the database, not from what an earlier change left tracked.
    private async Task<AccountOutcome> ChangeAsync(Actor actor, string id, string concurrencyStamp, Func<ApplicationUser, Task<AccountOutcome>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return AccountOutcome.Refused("Only the performance team's administrators can change accounts.");
        }

        storeContext.ChangeTracker.Clear();
        try
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return AccountOutcome.NotFound();
            }

            if (!string.Equals(user.ConcurrencyStamp, concurrencyStamp, StringComparison.Ordinal))
            {
                return AccountOutcome.Conflict();
            }

            cancellationToken.ThrowIfCancellationRequested();
            return await change(user);
        }
        finally
        {
            storeContext.ChangeTracker.Clear();
        }
    }

    private static AccountOutcome Failed(IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? AccountOutcome.Conflict()
            : AccountOutcome.Invalid(result.Errors.Select(e => new Results.FieldError("", e.Description)).ToList());

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

            // The first password is the administrator's, so the person chooses their own at first sign-in.
            MustChangePassword = true,
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
