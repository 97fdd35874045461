namespace Participation.Api.Documentation;

public static class TextDirection
{
    /// <summary>"rtl" when the first letter with a direction is Arabic, Farsi or Hebrew; else "ltr".</summary>
    public static string Of(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return "rtl";
            }
            if (char.IsLetter(c))
            {
                return "ltr";
            }
        }
        return "ltr";
    }
}
