using System.Security.Cryptography;

namespace Bsre.Sdk.Internal;

/// <summary>Checks of OIDs given as their dotted value (ITU-T X.660: two or more arcs, the first 0, 1 or 2, no leading zeros).</summary>
internal static class ObjectIdentifiers
{
    /// <summary>Returns whether <paramref name="value"/> is a dotted OID such as <c>2.16.360.1.1.1.1.1</c>.</summary>
    public static bool IsDotted(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 3 || value[0] is not ('0' or '1' or '2') || value[1] != '.')
        {
            return false;
        }

        foreach (string arc in value.Split('.'))
        {
            if (arc.Length == 0 || !arc.All(char.IsAsciiDigit) || (arc.Length > 1 && arc[0] == '0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the dotted value of <paramref name="oid"/>, or throws naming the option that holds it.</summary>
    /// <exception cref="ArgumentException">The OID has no dotted value (e.g. an <see cref="Oid"/> made from a friendly name only).</exception>
    public static string Dotted(Oid oid, string option, string parameterName)
        => IsDotted(oid.Value) ? oid.Value! : throw new ArgumentException($"{option} is not a dotted OID ('{oid.Value ?? oid.FriendlyName}').", parameterName);
}
