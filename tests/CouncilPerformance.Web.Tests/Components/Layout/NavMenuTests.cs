using Bunit;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Components.Layout;

/// <summary>
/// The main menu: each person's links by the app's own policies, and the current page marked. The
/// menu uses no MudBlazor component, so this needs no MudBlazor services.
/// </summary>
public class NavMenuTests : BunitContext
{
    // bUnit's authorization double: the person is given the policies the app's rules grant their role.
    private IRenderedComponent<NavMenu> RenderFor(params string[] policies)
    {
        SignInWith(policies);
        return Render<NavMenu>();
    }

    // Services are fixed once one is read, so sign in before reading the NavigationManager.
    private void SignInWith(params string[] policies)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone@example.org");
        auth.SetPolicies([Policies.SignedIn, .. policies]);
    }

    private static List<string> LinkNames(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("nav[aria-label='Main'] a").Select(a => a.TextContent.Trim())];

    private static List<string> GroupHeadings(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("nav[aria-label='Main'] h2").Select(h => h.TextContent.Trim())];

    [Fact]
    public void Someone_signed_out_sees_the_public_site_and_sign_in_only()
    {
        AddAuthorization().SetNotAuthorized();
        var cut = Render<NavMenu>();

        Assert.Equal(["Public site", "Sign in"], LinkNames(cut));
        Assert.Empty(GroupHeadings(cut));
    }

    [Fact]
    public void A_scrutiny_member_sees_the_scrutiny_group_but_not_results_or_administration()
    {
        var cut = RenderFor(Policies.ReviewReader, Policies.Scrutiny);

        Assert.Equal(["Scrutiny", "Cabinet and follow-up"], GroupHeadings(cut));
        Assert.Contains("Endorse and put recommendations", LinkNames(cut));
        Assert.DoesNotContain("My results", LinkNames(cut));
        Assert.DoesNotContain("Users", LinkNames(cut));
        Assert.Equal("My account", LinkNames(cut)[^1]);
    }

    [Fact]
    public void A_cabinet_member_reads_the_review_but_is_not_offered_scrutinys_own_pages()
    {
        var cut = RenderFor(Policies.ReviewReader, Policies.Cabinet);

        Assert.Contains("Performance review", LinkNames(cut));
        Assert.DoesNotContain("Endorse and put recommendations", LinkNames(cut));
    }

    [Fact]
    public void An_administrator_sees_every_group()
    {
        var cut = RenderFor(Policies.ReviewReader, Policies.Scrutiny, Policies.Cabinet, Policies.Officer, Policies.Administrator);

        Assert.Equal(["Scrutiny", "Cabinet and follow-up", "Results", "Administration"], GroupHeadings(cut));
        Assert.Equal(["/admin", "/admin/periods", "/admin/progress", "/admin/audit", "/admin/users"],
            cut.FindAll("[aria-labelledby='nav-administration'] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Each_group_is_a_list_named_by_its_heading()
    {
        var cut = RenderFor(Policies.Officer);

        var group = cut.Find("[role='group'][aria-labelledby='nav-results']");
        Assert.Equal("Results", cut.Find("#nav-results").TextContent.Trim());
        Assert.Equal(2, group.QuerySelectorAll("ul > li > div.mud-nav-item > a.mud-nav-link").Length);
    }

    [Fact]
    public void The_current_page_and_its_section_are_marked_and_follow_navigation()
    {
        SignInWith(Policies.ReviewReader, Policies.Scrutiny);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/kpis/ROADS-A?year=2024");
        var cut = Render<NavMenu>();

        var current = Assert.Single(cut.FindAll("a[aria-current='page']"));
        Assert.Equal("/kpis", current.GetAttribute("href"));
        Assert.Contains("active", current.ClassList);
        Assert.DoesNotContain("active", cut.Find("a[href='/home']").ClassList);

        navigation.NavigateTo("/home");

        cut.WaitForAssertion(() => Assert.Equal("/home", Assert.Single(cut.FindAll("a[aria-current='page']")).GetAttribute("href")));
        Assert.Empty(cut.FindAll("a.active[href='/kpis']"));
    }

    [Fact]
    public void A_link_matched_exactly_is_not_marked_on_the_pages_below_it()
    {
        SignInWith(Policies.ReviewReader, Policies.Scrutiny, Policies.Cabinet, Policies.Officer, Policies.Administrator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/users");
        var cut = Render<NavMenu>();

        Assert.Equal("/admin/users", Assert.Single(cut.FindAll("a[aria-current='page']")).GetAttribute("href"));
    }
}
