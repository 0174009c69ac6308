/* Login and logout of the CLI: a token kept in a file (mode 0600) that later commands use
 * when neither --token nor EDUBADGES_TOKEN is given. "login" exchanges an API client's
 * id and secret for a token (AuthService.ExchangeClientCredentials) or keeps a token
 * given (an ID token of a staff or learner login, or an operator token); "logout" forgets
 * it and revokes an API client token. */
#ifndef EDUBADGES_CLI_LOGIN_H
#define EDUBADGES_CLI_LOGIN_H

#include "eb_client.h"

/* $EDUBADGES_TOKEN_FILE, else ~/.config/edubadges/token. */
const char *cli_token_file(void);
/* The stored token (malloc'd), or NULL. */
char *cli_stored_token(void);
/* edubadges login --client-id ID --client-secret SECRET|-   (or EDUBADGES_CLIENT_SECRET)
 * edubadges login --token TOKEN|-
 * Exit status: 0, 1 (refused by the server) or 2 (usage). argv starts after "login". */
int cli_login(const eb_client_options *o, int argc, char **argv);
/* edubadges logout */
int cli_logout(const eb_client_options *o);

#endif
