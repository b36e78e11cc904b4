using System.Globalization;
using CouncilPerformance.Core.Auditing;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The audit log, newest first, 50 entries a page, filtered on the server. Read-only on purpose:
/// there is no action here that changes or removes an entry. The filters and the page live in the
/// address (a GET form), and what the prerender read is handed to the circuit
/// (<see cref="PersistentStateAttribute"/>), so a view is read once.
/// </summary>
public sealed partial class AuditLog
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";

    // What the fields hold, sent to the address when the person chooses Show.
    private string? _entityType;
    private string? _entityId;
    private string? _user;
    private DateOnly? _from;
    private DateOnly? _to;

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

    /// <summary>The one-based page number.</summary>
    [SupplyParameterFromQuery(Name = Keys.Page)]
    public int? PageNumber { get; set; }

    /// <summary>What the prerender read, handed to the interactive circuit so it does not read it again.</summary>
    [PersistentState]
    public AuditLogState? State { get; set; }

    private IReadOnlyList<string> EntityTypes => State?.EntityTypes ?? [];

    private int PageCount => State?.Page is { } page ? (page.TotalCount + PageSize - 1) / PageSize : 0;

    private bool Filtered => Blank(EntityType) is not null || Blank(EntityId) is not null || Blank(User) is not null
        || Day(From) is not null || Day(To) is not null;

    private string Summary => State switch
    {
        null => "",
        { Page.TotalCount: 0 } => "No entries match.",
        { Page.TotalCount: 1 } => "1 entry.",
        { Page: var page, PageIndex: var index } =>
            $"{page.TotalCount:N0} entries; showing {index * PageSize + 1:N0} to {index * PageSize + page.Entries.Count:N0}, newest first.",
    };

    protected override async Task OnParametersSetAsync()
    {
        _entityType = Blank(EntityType);
        _entityId = Blank(EntityId);
        _user = Blank(User);
        _from = Day(From);
        _to = Day(To);

        // Restored from the prerender for the same address: it is the same view.
        var key = Navigation.Uri;
        if (State?.Key == key)
        {
            return;
        }

        var entityTypes = State?.EntityTypes ?? await AuditQueries.EntityTypesAsync();
        var pageIndex = Math.Max(0, (PageNumber ?? 1) - 1);
        var page = await AuditQueries.SearchAsync(new AuditFilter
        {
            EntityType = _entityType,
            EntityId = _entityId,
            User = _user,
            From = _from,
            To = _to,
        }, pageIndex, PageSize);
        State = new AuditLogState { Key = key, EntityTypes = entityTypes, Page = page, PageIndex = pageIndex };
    }

    // The same address the form's GET would give, without reloading the page.
    private void OnFilter() => Navigation.NavigateTo(Navigation.GetUriWithQueryParameters("/admin/audit", new Dictionary<string, object?>
    {
        [Keys.Type] = Blank(_entityType),
        [Keys.Id] = Blank(_entityId),
        [Keys.User] = Blank(_user),
        [Keys.From] = _from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [Keys.To] = _to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [Keys.Page] = null,
    }));

    private string PageUri(int pageIndex) =>
        Navigation.GetUriWithQueryParameter(Keys.Page, pageIndex == 0 ? null : pageIndex + 1);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A day as a date field sends it (yyyy-mm-dd); anything else is no filter.
    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string ActionText(string action) => action switch
    {
        "Added" => "Created",
        "Modified" => "Changed",
        "Deleted" => "Deleted",
        _ => action,
    };
}

/// <summary>One loaded view of the audit log, keyed by its address.</summary>
public sealed class AuditLogState
{
    /// <summary>The address the view was read for.</summary>
    public string Key { get; init; } = "";

    public IReadOnlyList<string> EntityTypes { get; init; } = [];

    public required AuditPage Page { get; init; }

    public int PageIndex { get; init; }
}
