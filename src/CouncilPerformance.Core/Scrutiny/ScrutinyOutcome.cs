using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>What became of a request to change a deep dive, a board review or a recommendation.</summary>
public sealed record ScrutinyOutcome(OutcomeKind Kind, IReadOnlyList<FieldError> Errors, int? Id = null)
{
    public bool Succeeded => Kind == OutcomeKind.Saved;

    /// <summary>The refusal, conflict or not-found message, when there is one.</summary>
    public string? Message => Errors.FirstOrDefault(e => e.Field.Length == 0)?.Message;

    public static ScrutinyOutcome Saved(int id) => new(OutcomeKind.Saved, [], id);

    public static ScrutinyOutcome Invalid(IReadOnlyList<FieldError> errors) => new(OutcomeKind.Invalid, errors);

    public static ScrutinyOutcome Conflict(string what) => new(OutcomeKind.Conflict,
        [new("", $"Someone else changed this {what} while you were editing it. Their version is shown; nothing of yours was saved.")]);

    public static ScrutinyOutcome Refused(string message) => new(OutcomeKind.Refused, [new("", message)]);

    public static ScrutinyOutcome NotFound(string message) => new(OutcomeKind.NotFound, [new("", message)]);
}

/// <summary>Who may write scrutiny's work. Checked in every service, so a direct call cannot bypass the page.</summary>
public static class ScrutinyRules
{
    public const string WriteRefusal = "Only scrutiny members and the performance team can change scrutiny's work.";

    /// <summary>Scrutiny members and administrators write deep dives, board reviews and recommendations.</summary>
    public static bool MayWrite(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Roles.Contains(Roles.Scrutiny) || actor.IsAdministrator;
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
