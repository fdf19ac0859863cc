import { handlers } from "@crm/auth/next";

export const { GET, POST } = handlers;
