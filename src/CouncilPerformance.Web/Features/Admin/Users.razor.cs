using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The accounts, a page of 50 at a time, searched and paged in the database, the page and the search in the
/// address. A static page: each request reads one page and renders it once. Accounts are created on their own
/// interactive page (<see cref="NewUserPage"/>), which comes back here with the new account searched for.
/// </summary>
public sealed partial class Users
{
    private const int PageSize = 50;
    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    private UserPage _page = new([], 0);

    [Inject]
    private UserDirectory Directory { get; set; } = default!;

    /// <summary>The page of the list, from 1.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumberQuery { get; set; }

    /// <summary>The search text (part of a name or an e-mail address).</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>Set by the new-account page after it created the account searched for.</summary>
    [SupplyParameterFromQuery(Name = "created")]
    public bool? Created { get; set; }

    private int PageNumber => Math.Max(1, PageNumberQuery ?? 1);

    // Said only when the account is in the list, so an address typed by hand cannot claim an account that is not there.
    private bool CreatedShown => Created == true && !string.IsNullOrWhiteSpace(Search)
        && _page.Rows.Any(r => string.Equals(r.Email.Trim(), Search.Trim(), StringComparison.OrdinalIgnoreCase));

    protected override async Task OnParametersSetAsync() =>
        _page = await Directory.ListPageAsync(Search, PageNumber - 1, PageSize);

    private string PageText()
    {
        if (_page.Total == 0)
        {
            return string.IsNullOrWhiteSpace(Search) ? "No accounts yet." : "No account matches the search.";
        }

        var first = ((PageNumber - 1) * PageSize) + 1;
        var last = Math.Min(_page.Total, PageNumber * PageSize);
        return $"Showing {first} to {last} of {_page.Total} {(_page.Total == 1 ? "account" : "accounts")}";
    }

    private string PageHref(int page) => string.IsNullOrWhiteSpace(Search)
        ? $"/admin/users?page={page}"
        : $"/admin/users?page={page}&q={Uri.EscapeDataString(Search.Trim())}";
}
