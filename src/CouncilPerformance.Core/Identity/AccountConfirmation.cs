using Microsoft.AspNetCore.Identity;

namespace CouncilPerformance.Core.Identity;

/// <summary>
/// Identity asks this before every sign-in (password, two-factor and recovery code alike): a
/// disabled account is not allowed in, whatever it types.
/// </summary>
public sealed class AccountConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.EmailConfirmed && !user.IsDisabled);
    }
}
