namespace CouncilPerformance.Core.OpenData;

public enum ColumnType
{
    Text,
    Number,
    WholeNumber,
    Date,
    TrueOrFalse,
}

/// <summary>One column of a data set, as the data dictionary describes it.</summary>
public sealed record OpenDataColumn(string Name, ColumnType Type, string Meaning, string? Unit = null);

/// <summary>A data set: its stable name (the file name in its address), what it holds, and its columns in order.</summary>
public sealed record OpenDataSet(string Name, string Title, string Description, IReadOnlyList<OpenDataColumn> Columns, IReadOnlyList<string> RecordTypes);

/// <summary>
/// The data sets the council publishes, under the Open Government Licence v3.0. Their names and
/// columns are part of the address people paste into their own work: add columns at the end, never
/// rename or reorder them.
/// </summary>
public static class OpenDataSets
{
    public const string Licence = "Open Government Licence v3.0";

    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public static readonly OpenDataSet Kpis = new(
        "kpis",
        "Key performance indicators and their definitions",
        "Every indicator of the council plan that is being reported or has been: what it measures, in what unit, which way is better, and who is responsible. Indicators only proposed by a recommendation are left out until they are adopted.",
        [
            new("code", ColumnType.Text, "The indicator's stable code, used in the addresses of the public pages and in the other data sets."),
            new("name", ColumnType.Text, "The indicator's name as the council words it."),
            new("definition", ColumnType.Text, "What is measured and how."),
            new("council_plan", ColumnType.Text, "The council plan the indicator belongs to."),
            new("priority", ColumnType.Text, "The council plan priority it serves."),
            new("portfolio", ColumnType.Text, "The Cabinet Member portfolio responsible."),
            new("secondary_portfolio", ColumnType.Text, "A second portfolio, where the council reports the indicator under two."),
            new("service_area", ColumnType.Text, "The council service area that reports the result."),
            new("scrutiny_board", ColumnType.Text, "The scrutiny board whose remit covers it, if one is named."),
            new("unit", ColumnType.Text, "percentage, count, rate, days, money or score."),
            new("rate_base", ColumnType.WholeNumber, "For a rate: per how many (for example 10000 for a rate per 10,000)."),
            new("unit_label", ColumnType.Text, "The unit as written after a value, for example \"days\" or \"per 10,000 under 18\"."),
            new("better_when", ColumnType.Text, "higher or lower: which direction is an improvement."),
            new("designation", ColumnType.Text, "national (a national indicator) or local (locally determined)."),
            new("frequency", ColumnType.Text, "How often data comes: annual, rolling_twelve_months, quarterly, monthly, biennial or periodic."),
            new("frequency_note", ColumnType.Text, "More about the frequency, for example \"rolling twelve months to March\"."),
            new("expected_release_month", ColumnType.WholeNumber, "The month (1 to 12) the data is usually released."),
            new("data_source", ColumnType.Text, "Where the figure comes from."),
            new("status", ColumnType.Text, "active, under_review or retired."),
            new("replaced_by", ColumnType.Text, "The code of the indicator that replaced this one, if any."),
            new("strategies", ColumnType.Text, "The council strategies the indicator serves, separated by \"; \"."),
        ],
        ["Kpi", "KpiDefinitionChange"]);

    public static readonly OpenDataSet Results = new(
        "results",
        "Published results, with targets, status, direction and comparators",
        "One row per indicator per published year: the result, the target, the council's two judgements (status against the target and progress against the year before) and the same measure for England, the West Midlands and statistical neighbours. Only years the council has published appear.",
        [
            new("kpi_code", ColumnType.Text, "The indicator's code (see the kpis data set)."),
            new("kpi_name", ColumnType.Text, "The indicator's name."),
            new("priority", ColumnType.Text, "The council plan priority."),
            new("year", ColumnType.Text, "The financial year, for example 2024/25 (1 April 2024 to 31 March 2025)."),
            new("year_start", ColumnType.WholeNumber, "The calendar year in which the financial year starts, for example 2024."),
            new("value", ColumnType.Number, "The result, in the indicator's unit. Empty when not available.", "see unit"),
            new("unit", ColumnType.Text, "The indicator's unit: percentage, count, rate, days, money or score."),
            new("numerator", ColumnType.Number, "For a rate or percentage: the count on top.", "see unit"),
            new("denominator", ColumnType.Number, "For a rate or percentage: the count underneath.", "see unit"),
            new("period_note", ColumnType.Text, "When the data covers something other than the financial year, for example \"rolling twelve months to March 2025\"."),
            new("data_status", ColumnType.Text, "final, provisional or not_available."),
            new("not_available_reason", ColumnType.Text, "Why there is no figure, when data_status is not_available."),
            new("target", ColumnType.Number, "The target for the year, in the indicator's unit, when the target is a number. Empty for the other kinds of target and when no target was set.", "see unit"),
            new("target_description", ColumnType.Text, "The target in the council's words, of any kind: a number, \"To increase\", \"To decrease\", \"Above or equal to the national average\", \"Within 580–630\" or \"No target set\"."),
            new("status", ColumnType.Text, "Against the target: On target, Off target, No target set or No data."),
            new("rag", ColumnType.Text, "green (on target), amber (off target within tolerance), red (off target) or grey (no target set, no data, or it cannot be judged: no comparator value or no comparable previous value)."),
            new("progress", ColumnType.Text, "Against the year before: Improved, Similar, Got worse, Can't say or Not available."),
            new("direction", ColumnType.Text, "better, worse, unchanged or not_comparable, taking account of which way is better."),
            new("definition_changed", ColumnType.TrueOrFalse, "true when the definition changed from this year, so it is not compared with the year before."),
            new("england", ColumnType.Number, "The same measure for England.", "see unit"),
            new("west_midlands", ColumnType.Number, "The same measure for the West Midlands.", "see unit"),
            new("statistical_neighbours", ColumnType.Number, "The average of the council's statistical neighbours.", "see unit"),
            new("commentary", ColumnType.Text, "What the service says about the result."),
            new("corrected", ColumnType.TrueOrFalse, "true when the result was corrected after it was first approved."),
            new("illustrative", ColumnType.TrueOrFalse, "true when the figure was generated for a demonstration and is not a council figure."),
            new("source_note", ColumnType.Text, "Where a figure stated in a council document comes from."),
        ],
        ["Result", "Target", "ReportingPeriod", "KpiDefinitionChange", "Kpi"]);

    public static readonly OpenDataSet Recommendations = new(
        "recommendations",
        "Scrutiny recommendations, with decisions and progress",
        "Every recommendation the Scrutiny Co-ordination Committee has endorsed, with the decision once it is recorded and the progress reported since. Drafts and withdrawn recommendations are left out.",
        [
            new("reference", ColumnType.Text, "The reference as the report writes it, for example \"Cabinet 9\", \"a\" or \"17.2\"."),
            new("title", ColumnType.Text, "A short title."),
            new("wording", ColumnType.Text, "The recommendation as endorsed."),
            new("finding", ColumnType.Text, "What the committee found that led to it."),
            new("addressed_to", ColumnType.Text, "Cabinet, Scrutiny Co-ordination Committee or Scrutiny board."),
            new("scrutiny_board", ColumnType.Text, "The board it is routed to, for work for a board."),
            new("part_of", ColumnType.Text, "The reference of the recommendation it details, for example \"Cabinet 9\" for a to p."),
            new("deep_dive", ColumnType.Text, "The deep dive it came from."),
            new("session", ColumnType.WholeNumber, "The deep-dive session it came from."),
            new("kpi_codes", ColumnType.Text, "The indicators it concerns, separated by \"; \"."),
            new("status", ColumnType.Text, "Endorsed, Awaiting decision, Agreed, Agreed with amendment, Not agreed, In progress or Implemented."),
            new("decision_meeting_on", ColumnType.Date, "The meeting it is put to (YYYY-MM-DD)."),
            new("response_due_on", ColumnType.Date, "When the response is due, two months after referral (YYYY-MM-DD)."),
            new("decision", ColumnType.Text, "The recorded decision: Agreed, Agreed with amendment or Not agreed. Empty until recorded."),
            new("decision_text", ColumnType.Text, "The decision and response as recorded."),
            new("decided_on", ColumnType.Date, "When the decision was made (YYYY-MM-DD)."),
            new("progress_report_due_on", ColumnType.Date, "When the progress report is due, twelve months after the decision (YYYY-MM-DD)."),
            new("progress", ColumnType.Text, "The progress reported since, oldest first, one update a line, each starting with its date."),
            new("latest_progress_on", ColumnType.Date, "When progress was last reported (YYYY-MM-DD)."),
        ],
        ["Recommendation", "RecommendationResponse", "ProgressUpdate"]);

    public static IReadOnlyList<OpenDataSet> All { get; } = [Kpis, Results, Recommendations];

    public static OpenDataSet? Find(string name) => All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
}
