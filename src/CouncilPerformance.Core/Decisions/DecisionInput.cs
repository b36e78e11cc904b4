using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Decisions;

/// <summary>What is entered for one recommendation's decision: on the meeting form, or as a correction.</summary>
public sealed class DecisionInput
{
    public int RecommendationId { get; set; }

    /// <summary>The recommendation's version when the form was opened; a stale one is a conflict.</summary>
    public Guid Version { get; set; }

    public DecisionOutcome? Outcome { get; set; }

    public string DecisionText { get; set; } = "";

    public string? AmendedWording { get; set; }

    public string? Action { get; set; }

    public DateOnly? ActionDueOn { get; set; }

    public string? Reasons { get; set; }

    public string LeadCabinetMember { get; set; } = "";

    public int? ServiceAreaId { get; set; }
}

/// <summary>A whole meeting's decisions, saved together or not at all.</summary>
public sealed class MeetingDecisions
{
    public DateOnly? MeetingOn { get; set; }

    public List<DecisionInput> Decisions { get; set; } = [];
}

/// <summary>The rules every decision must meet, for the form (as people type) and the service (on save).</summary>
public static class DecisionValidator
{
    public static class Fields
    {
        public const string MeetingOn = nameof(MeetingDecisions.MeetingOn);
        public const string Outcome = nameof(DecisionInput.Outcome);
        public const string DecisionText = nameof(DecisionInput.DecisionText);
        public const string AmendedWording = nameof(DecisionInput.AmendedWording);
        public const string Action = nameof(DecisionInput.Action);
        public const string ActionDueOn = nameof(DecisionInput.ActionDueOn);
        public const string Reasons = nameof(DecisionInput.Reasons);
        public const string LeadCabinetMember = nameof(DecisionInput.LeadCabinetMember);
        public const string ServiceAreaId = nameof(DecisionInput.ServiceAreaId);
        public const string CorrectionReason = "CorrectionReason";
    }

    public const int TextLimit = 4000;
    public const int ActionLimit = 2000;
    public const int NameLimit = 200;

    /// <summary>The meeting's date: given, not in the future, and not before the recommendation was put to it.</summary>
    public static FieldError? CheckMeetingDate(DateOnly? meetingOn, DateOnly today, DateOnly? referredOn = null,
        RecommendationAddressee body = RecommendationAddressee.Cabinet) => meetingOn switch
    {
        null => new(Fields.MeetingOn, "Enter the date of the meeting"),
        { } d when d > today => new(Fields.MeetingOn, "The meeting date cannot be in the future"),
        { } d when referredOn is { } referred && d < referred =>
            new(Fields.MeetingOn, $"The meeting date cannot be before the recommendation was put to {BodyName(body)} ({referred:d MMMM yyyy})"),
        _ => null,
    };

    /// <summary>The problems with one decision, by field; none when it can be saved.</summary>
    public static IReadOnlyList<FieldError> Validate(DecisionInput input, string originalWording, DateOnly? meetingOn,
        RecommendationAddressee body = RecommendationAddressee.Cabinet)
    {
        ArgumentNullException.ThrowIfNull(input);
        var committee = body == RecommendationAddressee.ScrutinyCoordinationCommittee;
        var who = committee ? "the committee" : "Cabinet";
        var lead = committee ? "lead member" : "lead Cabinet Member";
        var errors = new List<FieldError>();
        void Text(string field, string what, string? text, int limit)
        {
            if (ResultInputValidator.CheckPlainText(field, what, text, limit) is { } error)
            {
                errors.Add(error);
            }
        }

        if (input.Outcome is null)
        {
            errors.Add(new(Fields.Outcome, $"Choose what {who} decided"));
        }

        if (string.IsNullOrWhiteSpace(input.DecisionText))
        {
            errors.Add(new(Fields.DecisionText, "Enter the decision as the minutes record it"));
        }

        Text(Fields.DecisionText, "The decision", input.DecisionText, TextLimit);

        if (string.IsNullOrWhiteSpace(input.LeadCabinetMember))
        {
            errors.Add(new(Fields.LeadCabinetMember, $"Enter the {lead}"));
        }

        Text(Fields.LeadCabinetMember, $"The {lead}", input.LeadCabinetMember, NameLimit);

        if (input.Outcome is not (null or DecisionOutcome.NotAgreed) && input.ServiceAreaId is null)
        {
            errors.Add(new(Fields.ServiceAreaId, "Choose the service area that will implement it"));
        }

        switch (input.Outcome)
        {
            case DecisionOutcome.AgreedWithAmendment:
                if (string.IsNullOrWhiteSpace(input.AmendedWording))
                {
                    errors.Add(new(Fields.AmendedWording, $"Enter the recommendation as {who} amended it"));
                }
                else if (string.Equals(input.AmendedWording.Trim(), originalWording.Trim(), StringComparison.Ordinal))
                {
                    errors.Add(new(Fields.AmendedWording, "The amended wording is the same as the original: choose \"Agreed\", or enter the amendment"));
                }

                Text(Fields.AmendedWording, "The amended wording", input.AmendedWording, TextLimit);
                break;
            case DecisionOutcome.AcceptedInPrinciple:
                if (string.IsNullOrWhiteSpace(input.Action))
                {
                    errors.Add(new(Fields.Action, "Enter the action that will be taken: accepted in principle needs an action"));
                }

                Text(Fields.Action, "The action", input.Action, ActionLimit);
                if (input.ActionDueOn is null)
                {
                    errors.Add(new(Fields.ActionDueOn, "Enter the date by which the action will be taken"));
                }
                else if (meetingOn is { } meeting && input.ActionDueOn <= meeting)
                {
                    errors.Add(new(Fields.ActionDueOn, "The action's date must be after the meeting"));
                }

                break;
            case DecisionOutcome.NotAgreed:
                if (string.IsNullOrWhiteSpace(input.Reasons))
                {
                    errors.Add(new(Fields.Reasons, $"Enter {who}'s reasons for not agreeing"));
                }

                Text(Fields.Reasons, "The reasons", input.Reasons, TextLimit);
                break;
        }

        return errors;
    }

    /// <summary>The body's name in messages: "Cabinet" or "the Scrutiny Co-ordination Committee".</summary>
    public static string BodyName(RecommendationAddressee body) =>
        body == RecommendationAddressee.ScrutinyCoordinationCommittee ? "the Scrutiny Co-ordination Committee" : "Cabinet";

    /// <summary>
    /// Who leads on a decided recommendation: a Cabinet Member for Cabinet's; for the committee's own,
    /// the member (usually its chair) who takes it forward.
    /// </summary>
    public static string LeadLabel(RecommendationAddressee body) =>
        body == RecommendationAddressee.ScrutinyCoordinationCommittee ? "Lead member" : "Lead Cabinet Member";
}
