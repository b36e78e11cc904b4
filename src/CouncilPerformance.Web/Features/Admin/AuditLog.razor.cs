using CouncilPerformance.Core.Auditing;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The audit log, newest first, 50 entries a page, filtered on the server. Read-only on purpose:
/// there is no action here that changes or removes an entry. The first view (no filters) is handed
/// from the prerender to the circuit (<see cref="PersistentStateAttribute"/>), so it is read once.
/// </summary>
public sealed partial class AuditLog
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    private string? _entityType;
    private string? _entityId;
    private string? _user;
    private DateTime? _from;
    private DateTime? _to;

    [Inject]
    private AuditQueries AuditQueries { get; set; } = default!;

    /// <summary>What the prerender read, handed to the interactive circuit so it does not read it again.</summary>
    [PersistentState]
    public AuditLogState? State { get; set; }

    private int PageCount => State?.Page is { } page ? (page.TotalCount + PageSize - 1) / PageSize : 0;

    private string Summary => State switch
    {
        null => "",
        { Page.TotalCount: 0 } => "No entries match.",
        { Page.TotalCount: 1 } => "1 entry.",
        { Page: var page, PageIndex: var index } =>
            $"{page.TotalCount:N0} entries; showing {index * PageSize + 1:N0} to {index * PageSize + page.Entries.Count:N0}, newest first.",
    };

    protected override async Task OnInitializedAsync()
    {
        // Restored from the prerender: the filters start empty in both, so it is the same view.
        if (State is null)
        {
            await LoadAsync(0);
        }
    }

    private async Task OnFilterAsync(Action change)
    {
        change();
        await LoadAsync(0);
    }

    private Task OnPageAsync(int page) => LoadAsync(Math.Max(0, page - 1));

    private async Task LoadAsync(int pageIndex)
    {
        var entityTypes = State?.EntityTypes ?? await AuditQueries.EntityTypesAsync();
        var page = await AuditQueries.SearchAsync(new AuditFilter
        {
            EntityType = _entityType,
            EntityId = string.IsNullOrWhiteSpace(_entityId) ? null : _entityId.Trim(),
            User = _user,
            From = _from is { } from ? DateOnly.FromDateTime(from) : null,
            To = _to is { } to ? DateOnly.FromDateTime(to) : null,
        }, pageIndex, PageSize);
        State = new AuditLogState { EntityTypes = entityTypes, Page = page, PageIndex = pageIndex };
    }

    private static string ActionText(string action) => action switch
    {
        "Added" => "Created",
        "Modified" => "Changed",
        "Deleted" => "Deleted",
        _ => action,
    };
}

/// <summary>One loaded view of the audit log.</summary>
public sealed class AuditLogState
{
    public IReadOnlyList<string> EntityTypes { get; init; } = [];

    public required AuditPage Page { get; init; }

    public int PageIndex { get; init; }
}
