/** Cross-cutting REST plumbing: authentication of API calls and errors as problem+json. */
package nl.vakwijzer.web.rest;
