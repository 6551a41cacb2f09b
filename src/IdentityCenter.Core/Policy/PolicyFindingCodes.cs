namespace IdentityCenter.Core.Policy
{
    /// <summary>The codes a <see cref="PolicyFinding"/> can carry. They are stable: scripts may match on them, so never rename one.</summary>
    public static class PolicyFindingCodes
    {
        /// <summary>Error: longer than the API field allows.</summary>
        public const string TooLong = "Policy.TooLong";

        /// <summary>Warning: longer than the product quota per custom policy, though within the API field limit.</summary>
        public const string OverQuota = "Policy.OverQuota";

        /// <summary>Error: not well-formed JSON.</summary>
        public const string Json = "Policy.Json";

        /// <summary>Error: well-formed JSON, but not an object.</summary>
        public const string DocumentNotObject = "Policy.DocumentNotObject";

        /// <summary>Error: the same key twice in one object.</summary>
        public const string DuplicateKey = "Policy.DuplicateKey";

        /// <summary>Warning: a key that is not an element of a policy or of a statement.</summary>
        public const string UnknownKey = "Policy.UnknownKey";

        public const string VersionMissing = "Policy.VersionMissing";

        /// <summary>Error: Version is not the string "5.0".</summary>
        public const string VersionValue = "Policy.VersionValue";

        public const string StatementMissing = "Policy.StatementMissing";

        /// <summary>Error: Statement is not an array, or is empty.</summary>
        public const string StatementValue = "Policy.StatementValue";

        public const string StatementNotObject = "Policy.StatementNotObject";

        /// <summary>Error: Sid is not a string.</summary>
        public const string SidValue = "Policy.SidValue";

        public const string EffectMissing = "Policy.EffectMissing";

        /// <summary>Error: Effect is not exactly "Allow" or "Deny".</summary>
        public const string EffectValue = "Policy.EffectValue";

        /// <summary>Error: a statement has neither Action nor NotAction.</summary>
        public const string ActionMissing = "Policy.ActionMissing";

        /// <summary>Error: a statement has both Action and NotAction.</summary>
        public const string ActionConflict = "Policy.ActionConflict";

        /// <summary>Error: Action or NotAction is not a string or a non-empty array of strings.</summary>
        public const string ActionValue = "Policy.ActionValue";

        /// <summary>Error: an action is not shaped service:resourceType:operation.</summary>
        public const string ActionShape = "Policy.ActionShape";

        /// <summary>Error: a statement has both Resource and NotResource.</summary>
        public const string ResourceConflict = "Policy.ResourceConflict";

        /// <summary>Error: Resource or NotResource is not a string or an array of strings.</summary>
        public const string ResourceValue = "Policy.ResourceValue";

        /// <summary>Warning: Resource or NotResource is an empty array, so the statement matches no resource.</summary>
        public const string ResourceEmpty = "Policy.ResourceEmpty";

        /// <summary>Warning: a resource is neither "*" nor a colon-separated URN.</summary>
        public const string ResourceShape = "Policy.ResourceShape";

        /// <summary>Error: Condition is not an object of operator to an object of condition key to values.</summary>
        public const string ConditionValue = "Policy.ConditionValue";

        /// <summary>Warning: a condition operator name that does not look like one.</summary>
        public const string ConditionOperator = "Policy.ConditionOperator";
    }
}
