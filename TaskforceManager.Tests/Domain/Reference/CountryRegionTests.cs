using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Tests.Domain.Reference;

public class CountryRegionTests
{
    private static Country Spain() => new("es", "Spain", true, CountrySize.Large, ["ES", "ca", "eu", "gl"]);

    [Fact]
    public void NewCountry_NormalisesCodes()
    {
        var spain = Spain();

        Assert.Equal("ES", spain.Code);
        Assert.Equal(["es", "ca", "eu", "gl"], spain.LanguageCodes);
    }

    [Fact]
    public void AddRegion_AddsItUnderTheCountry()
    {
        var spain = Spain();

        var basque = spain.AddRegion("  Basque Country ");

        Assert.Equal("Basque Country", basque.Name);
        Assert.Equal("ES", basque.CountryCode);
        Assert.Same(basque, Assert.Single(spain.Regions));
    }

    [Theory]
    [InlineData("Basque Country")]
    [InlineData("basque country")]
    [InlineData(" BASQUE COUNTRY ")]
    public void AddRegion_WithANameItAlreadyHas_IsRefused(string name)
    {
        var spain = Spain();
        spain.AddRegion("Basque Country");

        var refusal = Assert.Throws<DomainException>(() => spain.AddRegion(name));

        Assert.Equal($"Spain already has a region called {name.Trim()}.", refusal.Message);
        Assert.Single(spain.Regions);
    }

    [Fact]
    public void AddRegion_WithTheSameNameInAnotherCountry_IsAllowed()
    {
        var spain = Spain();
        var france = new Country("FR", "France", true, CountrySize.Large, ["fr"]);
        spain.AddRegion("Basque Country");

        var region = france.AddRegion("Basque Country");

        Assert.Equal("FR", region.CountryCode);
    }

    [Fact]
    public void AddRegion_WithoutAName_IsRefused()
    {
        var spain = Spain();

        Assert.Throws<DomainException>(() => spain.AddRegion("  "));
        Assert.Empty(spain.Regions);
    }
}
