using System.Threading.RateLimiting;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Web.Infrastructure;

public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed attempts for one e-mail address, known or not, before it must wait.</summary>
    public int FailuresPerAccount { get; set; } = 5;

    /// <summary>Failed attempts from one client address, whatever the accounts, before it must wait.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

public enum SignInThrottleState
{
    MayTry,

    /// <summary>Too many failures for this e-mail address: answered exactly like an Identity lockout.</summary>
    AccountWaiting,

    /// <summary>Too many failures from this client address.</summary>
    AddressWaiting,
}

/// <summary>
/// Counts failed sign-ins per account and per client address with the framework's rate limiters.
/// Identity's lockout protects only accounts that exist; counting every e-mail address typed makes
/// an unknown address behave like a real one, so the answers do not tell which accounts exist.
/// Only failures count, so people who sign in often are never slowed down.
/// </summary>
public sealed class SignInThrottle : ISignInFailureCounter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _perAddress;

    // A real hash to verify against when the account does not exist, so an unknown address takes
    // about as long to refuse as a wrong password.
    private readonly string _decoyHash;
    private readonly PasswordHasher<ApplicationUser> _hasher = new();

    // A partition cannot be emptied, so forgetting an account's failures moves it to a new one.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _generations = new(StringComparer.Ordinal);

    public SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _perAccount = Create(o.FailuresPerAccount, o.Window);
        _perAddress = Create(o.FailuresPerAddress, o.Window);
        _decoyHash = _hasher.HashPassword(new ApplicationUser(), $"decoy-{time.GetUtcNow().Ticks}");
    }

    public SignInThrottleState Check(string email, string? address)
    {
        using var account = _perAccount.AttemptAcquire(AccountKey(email), 0);
        if (!account.IsAcquired)
        {
            return SignInThrottleState.AccountWaiting;
        }

        using var client = _perAddress.AttemptAcquire(AddressKey(address), 0);
        return client.IsAcquired ? SignInThrottleState.MayTry : SignInThrottleState.AddressWaiting;
    }

    /// <summary>Counts a failure and says whether the next attempt must wait.</summary>
    public SignInThrottleState RecordFailure(string email, string? address)
    {
        _perAccount.AttemptAcquire(AccountKey(email)).Dispose();
        _perAddress.AttemptAcquire(AddressKey(address)).Dispose();
        return Check(email, address);
    }

    /// <summary>Forgets the failures counted for <paramref name="email"/> (an administrator unlocked the account).</summary>
    public void Forget(string email) => _generations.AddOrUpdate(Normalize(email), 1, (_, g) => g + 1);

    /// <summary>Spends the time a password check takes, for an e-mail address with no account.</summary>
    public void VerifyDecoy(string password) =>
        _hasher.VerifyHashedPassword(new ApplicationUser(), _decoyHash, password);

    public void Dispose()
    {
        _perAccount.Dispose();
        _perAddress.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));

    private string AccountKey(string email)
    {
        var key = Normalize(email);
        return _generations.TryGetValue(key, out var generation) ? $"{key}#{generation}" : key;
    }

    private static string Normalize(string email) => (email ?? "").Trim().ToUpperInvariant();

    private static string AddressKey(string? address) => address ?? "unknown";
}
