using System.Security.Claims;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;

namespace CouncilPerformance.Web.Components.Layout;

/// <summary>
/// The main menu: the links each person may use, by the same policies that guard the pages, and
/// the current page marked as MudNavLink marks it (the <c>active</c> class and <c>aria-current</c>).
/// The person's access is read once per sign-in state, not by a component per policy.
/// </summary>
public partial class NavMenu : IDisposable
{
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

    private bool IsActive(string href, NavLinkMatch match) =>
        string.Equals(_path, href, StringComparison.OrdinalIgnoreCase)
        || (match == NavLinkMatch.Prefix && href != "/"
            && _path.StartsWith(href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>A link as MudNavLink draws it, with its icon if it has one.</summary>
    private RenderFragment Link(string href, string text, NavLinkMatch match, string? icon = null) => builder =>
    {
        var active = IsActive(href, match);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-nav-item");
        builder.OpenElement(2, "a");
        builder.AddAttribute(3, "href", href);
        builder.AddAttribute(4, "class", active ? "mud-nav-link active" : "mud-nav-link");
        if (active)
        {
            builder.AddAttribute(5, "aria-current", "page");
        }

        if (icon is not null)
        {
            builder.AddContent(6, Icon(icon));
        }

        builder.OpenElement(7, "div");
        builder.AddAttribute(8, "class", "mud-nav-link-text");
        builder.AddContent(9, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>A group's heading, drawn as MudNavGroup's title row but not a button: the groups are always open.</summary>
    private static RenderFragment GroupHeading(string id, string title, string icon) => builder =>
    {
        builder.OpenElement(0, "h2");
        builder.AddAttribute(1, "id", id);
        builder.AddAttribute(2, "class", "mud-nav-link nav-group-heading");
        builder.AddContent(3, Icon(icon));
        builder.OpenElement(4, "span");
        builder.AddAttribute(5, "class", "mud-nav-link-text");
        builder.AddContent(6, title);
        builder.CloseElement();
        builder.CloseElement();
    };

    // MudIcon's markup for a Material icon, without the component.
    private static RenderFragment Icon(string icon) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", "mud-icon-root mud-svg-icon mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };

    private sealed record Access(bool SignedIn, bool ReviewReader, bool Scrutiny, bool Officer, bool Administrator)
    {
        public static readonly Access None = new(false, false, false, false, false);
    }
}
