namespace Bsre.Sdk.Pdf.Validation;

/// <summary>What changed after a signature, and whether that is allowed.</summary>
/// <param name="Level">The change class: none, lta-updates, form-filling, annotations or other.</param>
/// <param name="Errors">Disallowed changes (attacks, DocMDP or FieldMDP violations); empty when allowed.</param>
/// <param name="Warnings">Allowed changes worth mentioning.</param>
internal sealed record ModificationVerdict(ModificationLevel Level, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public static ModificationVerdict None { get; } = new(ModificationLevel.None, [], []);

    /// <summary>Gets the contract's word for <see cref="Level"/>.</summary>
    public string Word => Level switch
    {
        ModificationLevel.None => "none",
        ModificationLevel.LtaUpdates => "lta-updates",
        ModificationLevel.FormFilling => "form-filling",
        ModificationLevel.Annotations => "annotations",
        _ => "other",
    };
}
