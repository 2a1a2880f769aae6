using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>What changed after a signature, revision by revision, and whether that is allowed.</summary>
/// <param name="Level">The most serious change class over all later revisions: none, lta-updates, form-filling, annotations or other.</param>
/// <param name="Errors">Disallowed changes (attacks, DocMDP or FieldMDP violations), each with its code and naming its revision; empty when allowed.</param>
/// <param name="Warnings">Allowed changes worth mentioning, with their codes.</param>
/// <param name="Revisions">Every later revision, classified against the revision before it.</param>
internal sealed record ModificationVerdict(ModificationLevel Level, IReadOnlyList<ValidationFinding> Errors, IReadOnlyList<ValidationFinding> Warnings, IReadOnlyList<RevisionModification> Revisions)
{
    public static ModificationVerdict None { get; } = new(ModificationLevel.None, [], [], []);

    /// <summary>Returns the contract's word for a change class.</summary>
    public static string ToWord(ModificationLevel level) => ResultWords.ToWord(level);
}
