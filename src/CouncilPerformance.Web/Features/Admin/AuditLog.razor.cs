using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Web.Features.Admin.Components;
using CouncilPerformance.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The audit log, newest first, 50 entries a page, filtered on the server: a static page. Read-only on
/// purpose: there is no action here that changes or removes an entry. The filters and the page live in
/// the address (a GET form and links), and each view reads one page of entries, once.
/// </summary>
public sealed partial class AuditLog
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";

    private AuditFilter _filter = new();
    private string? _fromError;
    private string? _toError;
    private IReadOnlyList<string> EntityTypes { get; set; } = [];
    private AuditPage? _page;
    private int _pageIndex;

    [Inject]
    private AuditQueries AuditQueries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The query-string names of the filters and the page (the form's field names).</summary>
    internal static class Keys
    {
        public const string Type = "type";
        public const string Id = "id";
        public const string User = "user";
        public const string From = "from";
        public const string To = "to";
        public const string Page = "page";
    }

    /// <summary>Only entries about this kind of record (as the audit interceptor names it, e.g. "Result").</summary>
    [SupplyParameterFromQuery(Name = Keys.Type)]
    public string? EntityType { get; set; }

    /// <summary>Only entries about the record with this id.</summary>
    [SupplyParameterFromQuery(Name = Keys.Id)]
    public string? EntityId { get; set; }

    /// <summary>Only changes by people whose name or e-mail address contains this.</summary>
    [SupplyParameterFromQuery(Name = Keys.User)]
    public string? User { get; set; }

    /// <summary>The first day (yyyy-mm-dd, UTC) of the entries shown.</summary>
    [SupplyParameterFromQuery(Name = Keys.From)]
    public string? From { get; set; }

    /// <summary>The last day (yyyy-mm-dd, UTC) of the entries shown.</summary>
    [SupplyParameterFromQuery(Name = Keys.To)]
    public string? To { get; set; }

    /// <summary>
    /// The one-based page number. Text, not a number, so an address edited by hand (?page=x) shows the first
    /// page instead of failing to bind.
    /// </summary>
    [SupplyParameterFromQuery(Name = Keys.Page)]
    public string? PageNumber { get; set; }

    private int PageCount => _page is { } page ? (page.TotalCount + PageSize - 1) / PageSize : 0;

    private bool Filtered => _filter.EntityType is not null || _filter.EntityId is not null || _filter.User is not null
        || Blank(From) is not null || Blank(To) is not null;

    private string Summary => _page switch
    {
        null => "",
        { TotalCount: 0 } => "No entries match.",
        { TotalCount: 1 } => "1 entry.",
        { } page =>
            $"{page.TotalCount:N0} entries; showing {_pageIndex * PageSize + 1:N0} to {_pageIndex * PageSize + page.Entries.Count:N0}, newest first.",
    };

    protected override async Task OnParametersSetAsync()
    {
        EntityTypes = await AuditQueries.EntityTypesAsync();
        var dates = AuditDates.Read(From, To);
        (_fromError, _toError) = (dates.FromError, dates.ToError);
        _filter = new AuditFilter
        {
            EntityType = Blank(EntityType),
            EntityId = Blank(EntityId),
            User = Blank(User),
            From = dates.From,
            To = dates.To,
        };
        var asked = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1 ? number - 1 : 0;
        _page = dates.Valid ? await AuditQueries.SearchAsync(_filter, asked, PageSize) : null;
        // The page shown, which is the last when the address asks for one past it.
        _pageIndex = _page?.PageIndex ?? 0;
    }

    private string PageUri(int pageIndex) =>
        Navigation.GetUriWithQueryParameter(Keys.Page, pageIndex == 0 ? null : pageIndex + 1);

    // The record types as the filter offers them, "All" first and the chosen one selected.
    private static MarkupString OptionsHtml(IReadOnlyList<string> types, string? selected) =>
        SelectOptions.Html("All", types, t => t, AuditChanges.Humanize, selected);

    // The page's entries as table rows; every text goes through HtmlEncoder.
    private static string RowsHtml(IReadOnlyList<AuditRow> entries)
    {
        var e = HtmlEncoder.Default;
        var b = new StringBuilder(entries.Count * 512);
        foreach (var entry in entries)
        {
            b.Append("<tr><td class=\"audit-when\">").Append(e.Encode(Display.Date(entry.At))).Append("</td><td>").Append(e.Encode(entry.UserName))
                .Append("</td><td>").Append(e.Encode(AuditChanges.Humanize(entry.EntityType))).Append(' ').Append(e.Encode(entry.EntityId));
            if (entry.Description is { } about)
            {
                b.Append("<div class=\"muted\">").Append(e.Encode(about)).Append("</div>");
            }

            b.Append("</td><td>").Append(e.Encode(ActionText(entry.Action))).Append("</td><td>");
            AuditChanges.Write(b, entry.Changes, entry.Action);
            b.Append("</td></tr>");
        }

        return b.ToString();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string ActionText(string action) => action switch
    {
        "Added" => "Created",
        "Modified" => "Changed",
        "Deleted" => "Deleted",
        _ => action,
    };
}

/// <summary>
/// The log's "From" and "To" days as the address gives them (yyyy-mm-dd, as a date field sends them), or why
/// they cannot be used: a day that is not a date, or a "From" after the "To".
/// </summary>
public sealed record AuditDates(DateOnly? From, DateOnly? To, string? FromError, string? ToError)
{
    /// <summary>Whether both days (each may be absent) can filter the log.</summary>
    public bool Valid => FromError is null && ToError is null;

    public static AuditDates Read(string? from, string? to)
    {
        var (fromDay, fromError) = Day(from, "From");
        var (toDay, toError) = Day(to, "To");
        if (fromDay is { } start && toDay is { } end && start > end)
        {
            toError = $"The \u201cTo\u201d date ({Display.Date(end)}) must be on or after the \u201cFrom\u201d date ({Display.Date(start)})";
        }

        return new AuditDates(fromDay, toDay, fromError, toError);
    }

    private static (DateOnly? Day, string? Error) Day(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, null)
            : (null, $"The \u201c{field}\u201d date must be a real date, for example 2025-04-01 (\u201c{value.Trim()}\u201d is not)");
    }
}
