using MudBlazor;

namespace TaskforceManager.App.Components.Layout;

/// <summary>The coalition's look: a deep European blue, with every text colour at WCAG AA contrast on its background.</summary>
public static class AppTheme
{
    // No web fonts: the app must look right without internet access, so it uses the platform's own UI font.
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "Liberation Sans", "sans-serif"];

    public static MudTheme Create()
    {
        var theme = new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                // Contrast against white: primary 10.9:1, secondary 6.6:1, tertiary 8.7:1, info 7.8:1, success 5.1:1, warning 6.8:1, error 6.5:1.
                Primary = "#003399",
                PrimaryContrastText = "#ffffff",
                Secondary = "#00695c",
                SecondaryContrastText = "#ffffff",
                Tertiary = "#5b3a8c",
                TertiaryContrastText = "#ffffff",
                Info = "#0b5394",
                Success = "#2e7d32",
                Warning = "#8a4b00",
                Error = "#b3261e",
                AppbarBackground = "#003399",
                AppbarText = "#ffffff",
                Background = "#f5f7fb",
                Surface = "#ffffff",
                DrawerBackground = "#ffffff",
                DrawerText = "#1f2937",
                DrawerIcon = "#003399",
                TextPrimary = "#1f2937",
                TextSecondary = "#4b5563",
                ActionDefault = "#4b5563",
                LinesDefault = "#d0d5dd",
            },
            LayoutProperties = new LayoutProperties
            {
                DrawerWidthLeft = "260px",
            },
        };

        var typography = theme.Typography;
        BaseTypography[] styles =
        [
            typography.Default, typography.H1, typography.H2, typography.H3, typography.H4, typography.H5, typography.H6,
            typography.Subtitle1, typography.Subtitle2, typography.Body1, typography.Body2, typography.Button,
            typography.Caption, typography.Overline,
        ];
        foreach (var style in styles)
        {
            style.FontFamily = SystemFonts;
        }

        return theme;
    }
}
