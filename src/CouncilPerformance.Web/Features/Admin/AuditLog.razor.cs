using CouncilPerformance.Core.Auditing;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The audit log, newest first, 50 entries a page, filtered on the server. Read-only on purpose:
/// there is no action here that changes or removes an entry.
/// </summary>
public sealed partial class AuditLog
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    private IReadOnlyList<string> _entityTypes = [];
    private AuditPage? _page;
    private int _pageIndex;
    private string? _entityType;
    private string? _entityId;
    private string? _user;
    private DateTime? _from;
    private DateTime? _to;

    [Inject]
    private AuditQueries AuditQueries { get; set; } = default!;

    private int PageCount => _page is null ? 0 : (_page.TotalCount + PageSize - 1) / PageSize;

    private string Summary => _page switch
    {
        null => "",
        { TotalCount: 0 } => "No entries match.",
        { TotalCount: 1 } => "1 entry.",
        _ => $"{_page.TotalCount:N0} entries; showing {_pageIndex * PageSize + 1:N0} to {_pageIndex * PageSize + _page.Entries.Count:N0}, newest first.",
    };

    protected override async Task OnInitializedAsync()
    {
        _entityTypes = await AuditQueries.EntityTypesAsync();
        await LoadAsync();
    }

    private async Task OnFilterAsync(Action change)
    {
        change();
        _pageIndex = 0;
        await LoadAsync();
    }

    private async Task OnPageAsync(int page)
    {
        _pageIndex = Math.Max(0, page - 1);
        await LoadAsync();
    }

    private async Task LoadAsync() => _page = await AuditQueries.SearchAsync(new AuditFilter
    {
        EntityType = _entityType,
        EntityId = string.IsNullOrWhiteSpace(_entityId) ? null : _entityId.Trim(),
        User = _user,
        From = _from is { } from ? DateOnly.FromDateTime(from) : null,
        To = _to is { } to ? DateOnly.FromDateTime(to) : null,
    }, _pageIndex, PageSize);

    private static string ActionText(string action) => action switch
    {
        "Added" => "Created",
        "Modified" => "Changed",
        "Deleted" => "Deleted",
        _ => action,
    };
}
