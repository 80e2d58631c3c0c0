import { createCareerCompass } from "@career-compass/api-client";
import { accessToken } from "./auth";
import { config } from "./config";

/** The SDK, sending the signed-in person's token. */
export const api = createCareerCompass({ ...config, token: accessToken });
