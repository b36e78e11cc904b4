using FluentValidation;

namespace CouncilPerformance.Core.Identity;

/// <summary>What the performance team fills in to create an account.</summary>
public sealed class NewUser
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = Roles.Officer;

    public int? ServiceAreaId { get; set; }

    /// <summary>A first password, passed to the person separately; they change it after signing in.</summary>
    public string Password { get; set; } = "";
}

public sealed class NewUserValidator : AbstractValidator<NewUser>
{
    public NewUserValidator()
    {
        // One message per field: an empty e-mail address is not also "in the wrong format".
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(u => u.Email)
            .NotEmpty().WithMessage("Enter an e-mail address")
            .MaximumLength(256).WithMessage("The e-mail address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@coventry.gov.uk");
        RuleFor(u => u.DisplayName)
            .NotEmpty().WithMessage("Enter the person's name")
            .MaximumLength(200).WithMessage("The name must be 200 characters or fewer")
            .Must(n => n.IndexOfAny(['<', '>']) < 0).WithMessage("The name must not contain < or >");
        RuleFor(u => u.Role)
            .Must(r => Roles.All.Contains(r)).WithMessage("Choose a role");
        RuleFor(u => u.ServiceAreaId)
            .NotNull().When(u => u.Role == Roles.Officer).WithMessage("Choose the officer's service area");
        RuleFor(u => u.Password)
            .NotEmpty().WithMessage("Enter a first password")
            .MinimumLength(10).WithMessage("The password must be at least 10 characters");
    }
}
