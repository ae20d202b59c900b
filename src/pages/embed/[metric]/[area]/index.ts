// index.html of an embed, in dev only: see _dev-embed.ts.
import type { APIRoute } from 'astro'
import { devEmbedFile, devEmbedPaths } from './_dev-embed.ts'

export const getStaticPaths = devEmbedPaths
export const GET: APIRoute = (context) => devEmbedFile(context, 'index.html')
