-- Status lists, two changes.
-- 1. An assertion's entry is drawn at random among the free entries of its issuer's newest
--    list (herd privacy, as the Bitstring Status List specification advises: an index says
--    nothing about when, or right after whom, a credential was first issued). next_index,
--    the next entry when they were given in order, becomes the number of entries taken.
-- 2. The signed list is kept: it is signed again only when what it stands for changes (its
--    revoked entries, the issuer's active Ed25519 key, its URL), which signed_state records as
--    a digest (server/domain/status_list.h); every GET compares that digest with the current
--    state, so a revocation is visible at once.
ALTER TABLE status_lists RENAME COLUMN next_index TO entries_taken;
ALTER TABLE status_lists
    ADD COLUMN signed_state text CHECK (signed_state ~ '^[0-9a-f]{64}$'),
    ADD COLUMN signed_document text,
    ADD CONSTRAINT status_lists_signed CHECK ((signed_state IS NULL) = (signed_document IS NULL));
-- A list's revoked entries without visiting the others (up to 131,072 per list).
CREATE INDEX assertions_status_revoked ON assertions (status_list_id, status_index)
    WHERE revoked_at IS NOT NULL AND status_list_id IS NOT NULL;
