using System.Text;

namespace Bsre.Sdk.Validation;

/// <summary>The names ETSI EN 319 102-1 §5.1.3 gives the indications and subindications, as reports print them.</summary>
public static class EtsiNames
{
    /// <summary>Returns the standard's name of an indication.</summary>
    /// <param name="indication">The indication.</param>
    /// <returns><c>TOTAL_PASSED</c>, <c>TOTAL_FAILED</c> or <c>INDETERMINATE</c>.</returns>
    public static string ToEtsiName(this ValidationIndication indication) => indication switch
    {
        ValidationIndication.TotalPassed => "TOTAL_PASSED",
        ValidationIndication.TotalFailed => "TOTAL_FAILED",
        _ => "INDETERMINATE",
    };

    /// <summary>Returns the standard's name of a subindication: <see cref="SubIndication.SigCryptoFailure"/> is <c>SIG_CRYPTO_FAILURE</c>.</summary>
    /// <param name="subIndication">The subindication.</param>
    /// <returns>The name in SCREAMING_SNAKE_CASE.</returns>
    public static string ToEtsiName(this SubIndication subIndication)
    {
        string name = subIndication.ToString();
        var word = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                word.Append('_');
            }

            word.Append(char.ToUpperInvariant(name[i]));
        }

        return word.ToString();
    }
}
