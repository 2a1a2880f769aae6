namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>The validation data of one signature, for its DSS /VRI entry (ETSI EN 319 142-1 §5.4.2), each value kept once.</summary>
/// <param name="Key">The uppercase hex SHA-1 of the signature's /Contents.</param>
internal sealed record VriEntry(string Key)
{
    public List<byte[]> Certificates { get; } = [];

    public List<byte[]> OcspResponses { get; } = [];

    public List<byte[]> Crls { get; } = [];

    /// <summary>Adds <paramref name="der"/> to <paramref name="list"/> unless it is there already.</summary>
    public static void Add(List<byte[]> list, byte[] der)
    {
        if (!list.Exists(known => known.AsSpan().SequenceEqual(der)))
        {
            list.Add(der);
        }
    }
}
