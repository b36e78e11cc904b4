using CouncilPerformance.Core.Results;
using FluentValidation;

namespace CouncilPerformance.Core.Identity;

/// <summary>One account as the administrator's edit page shows it.</summary>
public sealed record UserDetails(
    string Id,
    string Email,
    string DisplayName,
    string? Role,
    int? ServiceAreaId,
    int? ScrutinyBoardId,
    bool IsDisabled,
    DateTimeOffset? LockedOutUntil,
    bool MustChangePassword,
    bool TwoFactorEnabled,
    string ConcurrencyStamp);

/// <summary>What an administrator may change about an account. <see cref="ConcurrencyStamp"/> is the version they saw.</summary>
public sealed class UserEdit
{
    public string Id { get; set; } = "";

    public string ConcurrencyStamp { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = Roles.Officer;

    public int? ServiceAreaId { get; set; }

    public int? ScrutinyBoardId { get; set; }

    public static UserEdit From(UserDetails user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserEdit
        {
            Id = user.Id,
            ConcurrencyStamp = user.ConcurrencyStamp,
            DisplayName = user.DisplayName,
            Role = user.Role ?? Roles.Officer,
            ServiceAreaId = user.ServiceAreaId,
            ScrutinyBoardId = user.ScrutinyBoardId,
        };
    }
}

public sealed class UserEditValidator : AbstractValidator<UserEdit>
{
    public UserEditValidator()
    {
        RuleFor(u => u.DisplayName)
            .NotEmpty().WithMessage("Enter the person's name")
            .MaximumLength(200).WithMessage("The name must be 200 characters or fewer")
            .Must(n => n.IndexOfAny(['<', '>']) < 0).WithMessage("The name must not contain < or >");
        RuleFor(u => u.Role)
            .Must(r => Roles.All.Contains(r)).WithMessage("Choose a role");
        RuleFor(u => u.ServiceAreaId)
            .NotNull().When(u => u.Role == Roles.Officer).WithMessage("Choose the officer's service area");
        RuleFor(u => u.ScrutinyBoardId)
            .NotNull().When(u => u.Role == Roles.Scrutiny).WithMessage("Choose the scrutiny board or committee the member sits on");
    }
}

/// <summary>What became of a change to an account.</summary>
public sealed record AccountOutcome(OutcomeKind Kind, IReadOnlyList<FieldError> Errors, string? ConcurrencyStamp = null)
{
    public const string ConflictMessage = "Someone else changed this account while you were looking at it. The page now shows their version; nothing of yours was saved.";

    public bool Succeeded => Kind == OutcomeKind.Saved;

    public string? Message => Errors.FirstOrDefault(e => e.Field.Length == 0)?.Message;

    public string? ErrorFor(string field)
    {
        var messages = Errors.Where(e => e.Field == field).Select(e => e.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    public static AccountOutcome Saved(string stamp) => new(OutcomeKind.Saved, [], stamp);

    public static AccountOutcome Invalid(IReadOnlyList<FieldError> errors) => new(OutcomeKind.Invalid, errors);

    public static AccountOutcome Invalid(string field, string message) => new(OutcomeKind.Invalid, [new(field, message)]);

    public static AccountOutcome Conflict() => new(OutcomeKind.Conflict, [new("", ConflictMessage)]);

    public static AccountOutcome Refused(string message) => new(OutcomeKind.Refused, [new("", message)]);

    public static AccountOutcome NotFound() => new(OutcomeKind.NotFound, [new("", "There is no such account.")]);
}

/// <summary>Failed sign-ins counted outside Identity (the web host's throttle); unlocking an account clears its count.</summary>
public interface ISignInFailureCounter
{
    void Forget(string email);
}
