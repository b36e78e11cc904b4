using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace CouncilPerformance.Web.Components.Layout;

/// <summary>
/// The main menu: the links each person may use, by the same policies that guard the pages, and
/// the current page marked as MudNavLink marks it (the <c>active</c> class and <c>aria-current</c>).
/// The person's access is read once per sign-in state, not by a component per policy. The menu's
/// markup depends only on that access and on which link is current, so it is built once for each
/// of those (a few dozen in all) and shared by every request and circuit.
/// </summary>
public partial class NavMenu : IDisposable
{
    private static readonly ConcurrentDictionary<(Access, string?), MarkupString> Built = new();

    private static readonly Section[] Sections =
    [
        new(a => a.SignedIn, null, null, null,
        [
            new("/home", "Home", NavLinkMatch.All, Icons.Material.Filled.Home),
            new("/kpis", "KPIs", NavLinkMatch.Prefix, Icons.Material.Filled.Assessment),
            new("/deep-dives", "Deep dives", NavLinkMatch.Prefix, Icons.Material.Filled.ManageSearch),
            new("/recommendations", "Recommendations", NavLinkMatch.Prefix, Icons.Material.Filled.Gavel),
            new("/reports", "Reports", NavLinkMatch.Prefix, Icons.Material.Filled.Description),
            new("/", "Public site", NavLinkMatch.All, Icons.Material.Filled.Public),
        ]),
        new(a => !a.SignedIn, null, null, null,
        [
            new("/", "Public site", NavLinkMatch.All, Icons.Material.Filled.Public),
            new("/Account/Login", "Sign in", NavLinkMatch.Prefix, Icons.Material.Filled.Login),
        ]),
        new(a => a.ReviewReader, "nav-scrutiny", "Scrutiny", Icons.Material.Filled.FactCheck,
        [
            new("/review", "Performance review", NavLinkMatch.Prefix),
            new("/scrutiny/recommendations", "Endorse and put recommendations", NavLinkMatch.Prefix, Shown: a => a.Scrutiny),
            new("/scrutiny/board-reviews", "Board annual reviews", NavLinkMatch.Prefix, Shown: a => a.Scrutiny),
            new("/scrutiny/decisions", "Committee's decisions", NavLinkMatch.Prefix, Shown: a => a.Scrutiny),
        ]),
        new(a => a.SignedIn, "nav-cabinet", "Cabinet and follow-up", Icons.Material.Filled.HowToVote,
        [
            new("/cabinet", "Recommendations to Cabinet", NavLinkMatch.All),
            new("/report-back", "12-month report-back", NavLinkMatch.Prefix),
            new("/scrutiny/work-programme", "Boards' work programmes", NavLinkMatch.Prefix),
            new("/reminders", "My reminders", NavLinkMatch.Prefix),
        ]),
        new(a => a.Officer, "nav-results", "Results", Icons.Material.Filled.EditNote,
        [
            new("/results", "My results", NavLinkMatch.All),
            new("/results/import", "Import a spreadsheet", NavLinkMatch.Prefix),
        ]),
        new(a => a.Administrator, "nav-administration", "Administration", Icons.Material.Filled.Settings,
        [
            new("/admin", "The plan", NavLinkMatch.All),
            new("/admin/periods", "Reporting periods", NavLinkMatch.Prefix),
            new("/admin/progress", "Progress and sign-off", NavLinkMatch.Prefix),
            new("/admin/audit", "Audit log", NavLinkMatch.Prefix),
            new("/admin/users", "Users", NavLinkMatch.Prefix),
        ]),
        new(a => a.SignedIn, null, null, null,
        [
            new("/Account/Manage", "My account", NavLinkMatch.Prefix, Icons.Material.Filled.Person),
        ]),
    ];

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private Task<AuthenticationState>? _readFrom;
    private Access _access = Access.None;
    private string _path = "/";

    protected override void OnInitialized()
    {
        _path = CurrentPath();
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (AuthenticationState is null || ReferenceEquals(AuthenticationState, _readFrom))
        {
            return;
        }

        _readFrom = AuthenticationState;
        var user = (await AuthenticationState).User;
        _access = new Access(
            SignedIn: await AllowsAsync(user, Policies.SignedIn),
            ReviewReader: await AllowsAsync(user, Policies.ReviewReader),
            Scrutiny: await AllowsAsync(user, Policies.Scrutiny),
            Officer: await AllowsAsync(user, Policies.Officer),
            Administrator: await AllowsAsync(user, Policies.Administrator));
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, string policy) =>
        user.Identity?.IsAuthenticated == true && (await Authorization.AuthorizeAsync(user, policy)).Succeeded;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var path = CurrentPath();
        if (path != _path)
        {
            _path = path;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    // The path without query or fragment, as NavLink compares it.
    private string CurrentPath()
    {
        var relative = Navigation.ToBaseRelativePath(Navigation.Uri);
        var end = relative.IndexOfAny(['?', '#']);
        return "/" + (end < 0 ? relative : relative[..end]);
    }

    private static bool IsActive(string path, string href, NavLinkMatch match) =>
        string.Equals(path, href, StringComparison.OrdinalIgnoreCase)
        || (match == NavLinkMatch.Prefix && href != "/"
            && path.StartsWith(href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    // The menu for this person on this page. Only the current link varies with the path, so the
    // cache is keyed by that link, not by the path (which has no bound: /kpis/{code}, queries).
    private MarkupString Menu()
    {
        var path = _path;
        var current = Sections.SelectMany(s => s.Links).FirstOrDefault(l => IsActive(path, l.Href, l.Match))?.Href;
        return Built.GetOrAdd((_access, current), key => Build(key.Item1, key.Item2));
    }

    private static MarkupString Build(Access access, string? current)
    {
        var b = new StringBuilder();
        foreach (var section in Sections.Where(s => s.Shown(access)))
        {
            if (section.Id is null)
            {
                foreach (var link in section.Links.Where(l => l.Shown?.Invoke(access) ?? true))
                {
                    Link(b, link, link.Href == current);
                }

                continue;
            }

            // A group's heading, drawn as MudNavGroup's title row but not a button: the groups are always open.
            b.Append("<div class=\"mud-nav-group nav-group\" role=\"group\" aria-labelledby=\"").Append(section.Id).Append("\">")
                .Append("<h2 id=\"").Append(section.Id).Append("\" class=\"mud-nav-link nav-group-heading\">");
            Icon(b, section.Icon!);
            b.Append("<span class=\"mud-nav-link-text\">").Append(HtmlEncoder.Default.Encode(section.Title!)).Append("</span></h2>")
                .Append("<ul class=\"mud-navmenu mud-navmenu-default mud-navmenu-margin-none nav-group-links\">");
            foreach (var link in section.Links.Where(l => l.Shown?.Invoke(access) ?? true))
            {
                b.Append("<li>");
                Link(b, link, link.Href == current);
                b.Append("</li>");
            }

            b.Append("</ul></div>");
        }

        return new MarkupString(b.ToString());
    }

    // A link as MudNavLink draws it, with its icon if it has one.
    private static void Link(StringBuilder b, MenuLink link, bool active)
    {
        b.Append("<div class=\"mud-nav-item\"><a href=\"").Append(link.Href).Append(active ? "\" class=\"mud-nav-link active\" aria-current=\"page\">" : "\" class=\"mud-nav-link\">");
        if (link.Icon is not null)
        {
            Icon(b, link.Icon);
        }

        b.Append("<div class=\"mud-nav-link-text\">").Append(HtmlEncoder.Default.Encode(link.Text)).Append("</div></a></div>");
    }

    // MudIcon's markup for a Material icon (MudBlazor's own SVG content), without the component.
    private static void Icon(StringBuilder b, string icon) =>
        b.Append("<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">")
            .Append(icon).Append("</svg>");

    private sealed record Access(bool SignedIn, bool ReviewReader, bool Scrutiny, bool Officer, bool Administrator)
    {
        public static readonly Access None = new(false, false, false, false, false);
    }

    /// <summary>A run of links, shown to whom <paramref name="Shown"/> allows; with an id, a titled group.</summary>
    private sealed record Section(Func<Access, bool> Shown, string? Id, string? Title, string? Icon, MenuLink[] Links);

    private sealed record MenuLink(string Href, string Text, NavLinkMatch Match, string? Icon = null, Func<Access, bool>? Shown = null);
}
