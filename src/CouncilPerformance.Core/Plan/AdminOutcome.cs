using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Plan;

/// <summary>What became of a request to change the plan: its structure or a KPI's definition.</summary>
public sealed record AdminOutcome(OutcomeKind Kind, IReadOnlyList<FieldError> Errors, int? Id = null)
{
    public bool Succeeded => Kind == OutcomeKind.Saved;

    /// <summary>The refusal, conflict or not-found message, when there is one.</summary>
    public string? Message => Errors.FirstOrDefault(e => e.Field.Length == 0)?.Message;

    public static AdminOutcome Saved(int id) => new(OutcomeKind.Saved, [], id);

    public static AdminOutcome Invalid(IReadOnlyList<FieldError> errors) => new(OutcomeKind.Invalid, errors);

    public static AdminOutcome Conflict(string what) => new(OutcomeKind.Conflict,
        [new("", $"Someone else changed this {what} while you were editing it. Reload the page to see their version; nothing of yours was saved.")]);

    public static AdminOutcome Refused(string message) => new(OutcomeKind.Refused, [new("", message)]);

    public static AdminOutcome NotFound(string message) => new(OutcomeKind.NotFound, [new("", message)]);
}

/// <summary>Only the performance team keeps the plan. Checked in every service, so a direct call cannot bypass the page.</summary>
public static class PlanRules
{
    public const string WriteRefusal = "Only the performance team (administrators) can change the plan.";

    public static bool MayWrite(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator;
    }

    /// <summary>Trims free text and turns blank into null, so "   " is stored as nothing.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Adds an error when the text is too long or carries markup.</summary>
    public static void CheckText(List<FieldError> errors, string field, string what, string? text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (ResultInputValidator.CheckPlainText(field, what, text?.Trim(), maxLength) is { } error)
        {
            errors.Add(error);
        }
    }

    /// <summary>Adds an error when required text is missing, too long or carries markup.</summary>
    public static void CheckRequiredText(List<FieldError> errors, string field, string what, string? text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(field, $"Enter {what.ToLowerInvariant()}"));
            return;
        }

        CheckText(errors, field, what, text, maxLength);
    }
}
