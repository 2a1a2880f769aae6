namespace Bsre.Sdk.Validation;

/// <summary>One revision (incremental update) made to a PDF after a signature, compared with the revision before it.</summary>
public sealed class RevisionModification
{
    /// <summary>Gets the 1-based number of the revision (revision 1 is the original document).</summary>
    public required int Revision { get; init; }

    /// <summary>Gets the class of its changes.</summary>
    public required ModificationLevel Level { get; init; }

    /// <summary>Gets <see cref="Level"/> as the report's word: none, lta-updates, form-filling, annotations or other.</summary>
    public string Modifications => ResultWords.ToWord(Level);

    /// <summary>Gets whether the signature's DocMDP and FieldMDP rules in force at that revision allow its changes.</summary>
    public required bool Allowed { get; init; }
}
