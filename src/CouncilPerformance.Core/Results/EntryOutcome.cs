namespace CouncilPerformance.Core.Results;

public enum OutcomeKind
{
    Saved,

    /// <summary>The input has problems; nothing was saved.</summary>
    Invalid,

    /// <summary>Someone else saved first; nothing was saved. <see cref="EntryOutcome.Current"/> is their version.</summary>
    Conflict,

    /// <summary>The actor may not do this; nothing was saved.</summary>
    Refused,
    NotFound,

    /// <summary>The database did not take the save (busy, read-only, full); nothing was saved.</summary>
    Failed,
}

/// <summary>What became of a request to change a result, target or period.</summary>
public sealed record EntryOutcome(OutcomeKind Kind, IReadOnlyList<FieldError> Errors, Result? Current = null)
{
    public bool Succeeded => Kind == OutcomeKind.Saved;

    /// <summary>The refusal or not-found message, when there is one.</summary>
    public string? Message => Errors.FirstOrDefault(e => e.Field.Length == 0)?.Message;

    public static EntryOutcome Saved(Result? result = null) => new(OutcomeKind.Saved, [], result);

    public static EntryOutcome Invalid(IReadOnlyList<FieldError> errors) => new(OutcomeKind.Invalid, errors);

    public static EntryOutcome Conflict(Result? current) => new(OutcomeKind.Conflict,
        [new("", "Someone else changed this result while you were editing it. Their version is shown; nothing of yours was saved.")], current);

    public static EntryOutcome Refused(string message) => new(OutcomeKind.Refused, [new("", message)]);

    public static EntryOutcome NotFound(string message) => new(OutcomeKind.NotFound, [new("", message)]);

    /// <summary>The database did not take the save; <paramref name="fault"/> is <see cref="Common.StorageFault.Describe"/>'s sentence.</summary>
    public static EntryOutcome Failed(string fault) => new(OutcomeKind.Failed,
        [new("", $"Nothing was saved: {fault} What you typed is still here: try saving again in a minute. If it keeps happening, tell the performance team.")]);
}
