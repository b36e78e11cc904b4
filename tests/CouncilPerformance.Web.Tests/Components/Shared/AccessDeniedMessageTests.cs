using Bunit;
using CouncilPerformance.Web.Components.Shared;

namespace CouncilPerformance.Web.Tests.Components.Shared;

public class AccessDeniedMessageTests : MudTestContext
{
    [Fact]
    public void Says_access_denied_in_the_page_heading()
    {
        var cut = Render<AccessDeniedMessage>();

        Assert.Equal("Access denied", cut.Find("h1").TextContent.Trim());
    }

    [Fact]
    public void Tells_the_user_whom_to_ask_for_access()
    {
        var cut = Render<AccessDeniedMessage>();

        Assert.Contains("ask the performance team", cut.Find(".mud-alert").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_back_to_the_home_page()
    {
        var cut = Render<AccessDeniedMessage>();

        var link = cut.Find("a");
        Assert.Equal("/home", link.GetAttribute("href"));
        Assert.Equal("Go to your home page", link.TextContent.Trim());
    }
}
