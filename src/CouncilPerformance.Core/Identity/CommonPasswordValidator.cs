using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace CouncilPerformance.Core.Identity;

/// <summary>
/// Refuses a password found in a list of the 10,000 most common ones (bundled, see
/// Identity/Resources/README.md), compared without regard to case; the same with the digits and
/// symbols at its end taken off (the usual way to pass the character rules: "Summer2025!" is
/// "summer"); and the person's own e-mail address or its name part. Length and character rules
/// stay Identity's own.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "CommonPassword";

    public const string Message = "This password is one of the most commonly used passwords, so it is easy to guess. Choose a different one.";

    private static readonly Lazy<FrozenSet<string>> _common = new(Load);

    private static readonly char[] _trailingDecoration = [.. "0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| "];

    /// <summary>How many passwords the bundled list holds.</summary>
    public static int Count => _common.Value.Count;

    public static bool IsCommon(string? password, string? email = null)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        var candidate = password.Trim();
        var stem = candidate.TrimEnd(_trailingDecoration);
        if (_common.Value.Contains(candidate) || stem.Length > 0 && _common.Value.Contains(stem))
        {
            return true;
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            var local = email.Split('@')[0];
            return string.Equals(candidate, email.Trim(), StringComparison.OrdinalIgnoreCase)
                || local.Length > 0 && (string.Equals(candidate, local, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(stem, local, StringComparison.OrdinalIgnoreCase));
        }

        return false;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(IsCommon(password, user?.Email)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CouncilPerformance.Core.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
