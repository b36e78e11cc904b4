using CouncilPerformance.Core.OpenData;

namespace CouncilPerformance.Core.Tests.OpenData;

public sealed class CsvSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("  =1+1")]
    [InlineData("＝1+1")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string text)
    {
        Assert.Equal("'" + text, CsvSafety.Neutralise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Council tax collection rate")]
    [InlineData("94% (Apr 24–Mar 25)")]
    [InlineData("Agreed with amendment = yes")]
    [InlineData("'already quoted")]
    public void Ordinary_text_is_left_as_it_is(string text)
    {
        Assert.Equal(text, CsvSafety.Neutralise(text));
    }
}
